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
  const length = letterCodes(text);
  let letters = '';
  // In slices: a spread of a long text's codes at once would overflow the stack.
  for (let at = 0; at < length; at += 4096) letters += String.fromCharCode(...codes.subarray(at, Math.min(length, at + 4096)));
  return letters;
}

/** UTF-16 codes of the letters of the text being fingerprinted: kept between calls, grown when a text needs more. */
let codes = new Uint16Array(4096);

/**
 * Puts the letters `normaliseForFingerprint` keeps into `codes` and returns how many. Character by character
 * with a cache: a whole-text Unicode normalisation costs more than the fingerprint itself; and codes in a typed
 * array hash faster than a string built a letter at a time.
 */
function letterCodes(text: string): number {
  if (codes.length < text.length) codes = new Uint16Array(2 * text.length);
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) codes[length++] = code;
    else if (code >= 65 && code <= 90) codes[length++] = code + 32;
    else if (code >= 128) {
      // A whole character: both halves of a surrogate pair.
      const character = String.fromCodePoint(text.codePointAt(index)!);
      index += character.length - 1;
      const letters = nonAsciiLetters(character);
      // A character may decompose into several letters ("ﬃ", "㎒"): room for them and for one code per character left.
      const needed = length + letters.length + text.length - index;
      if (codes.length < needed) {
        const larger = new Uint16Array(2 * needed);
        larger.set(codes.subarray(0, length));
        codes = larger;
      }
      for (let at = 0; at < letters.length; at++) codes[length++] = letters.charCodeAt(at);
    }
  }
  return length;
}

const nonAscii = new Map<string, string>();

/** A character beyond ASCII as letters: decomposing puts accents apart as marks, which are neither letters nor digits. */
function nonAsciiLetters(character: string): string {
  let letters = nonAscii.get(character);
  if (letters === undefined) nonAscii.set(character, (letters = character.normalize('NFKD').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')));
  return letters;
}

/** The lowest value seen in each bin, for the fingerprint being made. */
const minima = new Float64Array(fingerprintBits);

/** The fingerprint of `text`; a text shorter than four letters is its own one 4-gram. */
export function fingerprint(text: string): Fingerprint {
  const length = letterCodes(text);
  const valueBits = 32 - binBits;
  const valueMask = (1 << valueBits) - 1;
  minima.fill(Infinity);
  const starts = Math.max(1, length - shingle + 1);
  for (let start = 0; start < starts; start++) {
    // FNV-1a over the 4-gram's UTF-16 codes.
    const end = Math.min(length, start + shingle);
    let hash = 0x811c9dc5;
    for (let index = start; index < end; index++) hash = Math.imul(hash ^ codes[index]!, 0x01000193);
    const mixed = mix(hash >>> 0);
    const bin = mixed >>> valueBits;
    const value = mixed & valueMask;
    if (value < minima[bin]!) minima[bin] = value;
  }
  // An empty bin borrows from the next filled one round the circle, shifted by its distance, so short texts still
  // fill every bit. The distances come from one walk backwards twice round: a short text has few filled bins, and
  // looking ahead from each empty one was most of its fingerprint's time.
  let nextFilled = -1;
  for (let at = 2 * fingerprintBits - 1; at >= 0; at--) {
    if (minima[at % fingerprintBits] !== Infinity) nextFilled = at;
    if (at < fingerprintBits) steps[at] = nextFilled - at;
  }
  let hex = '';
  for (let nibble = 0; nibble < fingerprintBits; nibble += 4) {
    let digit = 0;
    for (let bit = 0; bit < 4; bit++) {
      const step = steps[nibble + bit]!;
      digit |= (mix((minima[(nibble + bit + step) % fingerprintBits]! + Math.imul(step, 0x9e3779b9)) >>> 0) & 1) << bit;
    }
    hex += digit.toString(16);
  }
  return hex;
}

/** How far each bin is from the next filled one, for the fingerprint being made. */
const steps = new Int32Array(fingerprintBits);

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

/** MurmurHash3's finaliser: FNV's low bits barely depend on the input, and every bit here must. */
function mix(value: number): number {
  let hash = Math.imul(value ^ (value >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}
