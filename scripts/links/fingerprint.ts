/**
 * A block's fingerprint, so the build can recognise the same block after an edit: a one-permutation
 * MinHash of the text's letter 4-grams, one bit per bin, 128 bits written as 32 hex digits. Only letters
 * and digits count, lowercased and without accents, so a correction (which only adds spaces and
 * punctuation) leaves it unchanged, and an edited word changes only the few bins its 4-grams fall in.
 * The fraction of differing bits estimates how unlike two texts are; thresholds are tested on real edits
 * of the bundled article in tests/pipeline/fingerprint.test.ts.
 */
export type Fingerprint = string;

/** Bits in a fingerprint. */
export const fingerprintBits = 128;
const binBits = 7;
const shingle = 4;

/** The text as the fingerprint sees it: letters and digits only, lowercase, accents removed. */
export function normaliseForFingerprint(text: string): string {
  // Character by character with a cache: a whole-text Unicode normalisation costs more than the fingerprint itself.
  let letters = '';
  for (const character of text) {
    const code = character.charCodeAt(0);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) letters += character;
    else if (code >= 65 && code <= 90) letters += String.fromCharCode(code + 32);
    else if (code >= 128) letters += nonAsciiLetters(character);
  }
  return letters;
}

const nonAscii = new Map<string, string>();

/** A character beyond ASCII as letters: decomposing puts accents apart as marks, which are neither letters nor digits. */
function nonAsciiLetters(character: string): string {
  let letters = nonAscii.get(character);
  if (letters === undefined) nonAscii.set(character, (letters = character.normalize('NFKD').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')));
  return letters;
}

/** The fingerprint of `text`; a text shorter than four letters is its own one 4-gram. */
export function fingerprint(text: string): Fingerprint {
  const letters = normaliseForFingerprint(text);
  const valueBits = 32 - binBits;
  const minima = new Array<number>(fingerprintBits).fill(Infinity);
  for (let start = 0; start < Math.max(1, letters.length - shingle + 1); start++) {
    const hash = mix(fnv1a(letters, start, Math.min(letters.length, start + shingle)));
    const bin = hash >>> valueBits;
    minima[bin] = Math.min(minima[bin]!, hash & ((1 << valueBits) - 1));
  }
  // An empty bin borrows from the next filled one, shifted by its distance, so short texts still fill every bit.
  const bits = minima.map((_, bin) => {
    let step = 0;
    while (minima[(bin + step) % fingerprintBits] === Infinity) step++;
    return mix((minima[(bin + step) % fingerprintBits]! + Math.imul(step, 0x9e3779b9)) >>> 0) & 1;
  });
  let hex = '';
  for (let nibble = 0; nibble < fingerprintBits; nibble += 4) hex += (bits[nibble]! | (bits[nibble + 1]! << 1) | (bits[nibble + 2]! << 2) | (bits[nibble + 3]! << 3)).toString(16);
  return hex;
}

/** How many bits two fingerprints differ in: 0 for the same text, about half of them for unrelated texts. */
export function distance(a: Fingerprint, b: Fingerprint): number {
  return bitsApart(toWords(a), toWords(b));
}

/** A fingerprint as four 32-bit words, for comparing it with many others. */
export function toWords(print: Fingerprint): Uint32Array {
  return Uint32Array.from({ length: fingerprintBits / 32 }, (_, index) => Number.parseInt(print.slice(index * 8, index * 8 + 8), 16));
}

/** `distance` of two fingerprints given as `toWords`. */
export function bitsApart(a: Uint32Array, b: Uint32Array): number {
  let bits = 0;
  for (let index = 0; index < a.length; index++) {
    let differing = (a[index]! ^ b[index]!) >>> 0;
    differing -= (differing >>> 1) & 0x55555555;
    differing = (differing & 0x33333333) + ((differing >>> 2) & 0x33333333);
    bits += (Math.imul((differing + (differing >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
  }
  return bits;
}

/** FNV-1a over the UTF-16 code units of `text` from `start` up to `end`. */
function fnv1a(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

/** MurmurHash3's finaliser: FNV's low bits barely depend on the input, and every bit here must. */
function mix(value: number): number {
  let hash = Math.imul(value ^ (value >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}
