import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One PNG chunk: length, type, data and the CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** A whole PNG of 8-bit indexed rows, from its palette and its zlib stream of rows. */
function indexedPng(width: number, height: number, palette: Palette, zlibRows: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // bit depth 8, colour type 3 (indexed), deflate, no filter method, no interlace
  return Buffer.concat([signature, chunk('IHDR', header), chunk('PLTE', Buffer.from(palette.rgb)), chunk('IDAT', zlibRows), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * The colours of an image and their palette indices, in the order they first occur. They sit in an
 * open-addressed table of 1,024 slots for at most 256 colours: looking a colour up in typed arrays is
 * several times quicker than in a Map, and a card changes colour at every anti-aliased edge.
 */
class Palette {
  static readonly slotMask = 1023;
  readonly slotColour = new Int32Array(Palette.slotMask + 1);
  readonly slotIndex = new Int16Array(Palette.slotMask + 1).fill(-1);
  readonly rgb: number[] = [];

  /** A palette that starts with this one's colours, at the same indices, and grows on its own. */
  copy(): Palette {
    const copy = new Palette();
    copy.slotColour.set(this.slotColour);
    copy.slotIndex.set(this.slotIndex);
    copy.rgb.push(...this.rgb);
    return copy;
  }
}

/** Adler-32's modulus, the largest prime below 2^16. */
const adlerBase = 65521;

/**
 * Writes the palette index of each pixel of `height` rows of opaque RGBA into `out`, each row after
 * its filter type, 0 (none), and returns the Adler-32 of what it wrote; colours not yet in `palette`
 * are added to it. `firstRow` is the row of the whole image that `rgba` starts at, for the errors.
 */
function indexRows(rgba: Uint8Array, width: number, height: number, palette: Palette, out: Buffer, firstRow = 0): number {
  const { slotColour, slotIndex, rgb } = palette;
  const slotMask = Palette.slotMask;
  // Each pixel read as one 32-bit number, signed so that V8 keeps it a small integer (an unsigned one with
  // alpha 255 is a heap number, slower to compare and hash). A card's rows are long runs of one colour:
  // each run is found with a plain comparison, its colour looked up once and its index filled in; a row
  // the same as the one above (the card's blank rows) is copied whole.
  const pixels = new Int32Array(rgba.buffer, rgba.byteOffset, width * height);
  const bytes = Buffer.from(rgba.buffer, rgba.byteOffset, width * height * 4);
  const rowBytes = width * 4;
  const indices = new Uint8Array(out.buffer, out.byteOffset, out.length);
  // Adler-32 of the rows, a run at a time rather than a byte at a time: a row of bytes x_1…x_L adds
  // Σx to a, and L·a + Σ(L − i + 1)·x_i to b. Its index at column c is byte i = c + 2, after the filter type.
  let a = 1;
  let b = 0;
  let rowSum = 0;
  let rowWeightedSum = 0;
  for (let y = 0, at = 0, row = 0; y < height; y++, row += width + 1) {
    out[row] = 0;
    if (y > 0 && bytes.compare(bytes, at * 4 - rowBytes, at * 4, at * 4, at * 4 + rowBytes) === 0) {
      out.copyWithin(row + 1, row - width, row);
      at += width;
    } else {
      rowSum = 0;
      rowWeightedSum = 0;
      for (let column = 0; column < width; ) {
        const pixel = pixels[at]!;
        let runEnd = column + 1;
        while (runEnd < width && pixels[at + runEnd - column] === pixel) runEnd++;
        let slot = Math.imul(pixel, 0x9e3779b1) >>> 22;
        while (slotIndex[slot] !== -1 && slotColour[slot] !== pixel) slot = (slot + 1) & slotMask;
        if (slotIndex[slot] === -1) {
          if (rgba[at * 4 + 3] !== 255) throw new RangeError(`pixel ${column},${firstRow + y} is not opaque`);
          if (rgb.length === 256 * 3) throw new RangeError('the image has more than 256 colours, more than a PNG palette holds');
          slotColour[slot] = pixel;
          slotIndex[slot] = rgb.length / 3;
          rgb.push(rgba[at * 4]!, rgba[at * 4 + 1]!, rgba[at * 4 + 2]!);
        }
        const index = slotIndex[slot]!;
        const length = runEnd - column;
        // Most runs are an anti-aliased edge of a pixel or two, too short for a call to fill (Buffer's checks its arguments first).
        if (length < 16) for (let to = row + 1 + column; to < row + 1 + runEnd; to++) out[to] = index;
        else indices.fill(index, row + 1 + column, row + 1 + runEnd);
        rowSum += index * length;
        // Σ (width − c) over the run's columns c.
        rowWeightedSum += index * (length * width - ((column + runEnd - 1) * length) / 2);
        at += length;
        column = runEnd;
      }
    }
    b = (b + (width + 1) * a + rowWeightedSum) % adlerBase;
    a = (a + rowSum) % adlerBase;
  }
  return (b * 65536 + a) >>> 0;
}

/**
 * Indexed rows for `rows` rows of `width`, reused from one image to the next: deflate is done with
 * them before an encoder returns, and a fresh buffer of them costs more in page faults than filling it.
 */
function scratchRows(width: number, rows: number): Buffer {
  const length = (width + 1) * rows;
  if (scratch.length < length) scratch = Buffer.alloc(length);
  return scratch.subarray(0, length);
}
let scratch = Buffer.alloc(0);

// Run-length matches only: a card's rows are long runs of one index. zlib's default strategy makes
// a card 15% smaller and takes four times as long (6 ms, not 1.5).
const deflateOptions = { strategy: constants.Z_RLE } as const;

/**
 * Encodes opaque RGBA pixels of at most 256 colours as an 8-bit indexed PNG, losslessly: the palette
 * is the image's own colours, in the order they first occur. A card of flat inks on a flat background
 * holds a few dozen (the inks and their anti-aliased edges), and as an indexed PNG it is a third of
 * the size of resvg's RGBA one and quicker to write.
 */
export function encodeIndexedPng(rgba: Uint8Array, width: number, height: number): Buffer {
  if (rgba.length !== width * height * 4) throw new RangeError(`${rgba.length} bytes are not ${width}×${height} RGBA pixels`);
  const palette = new Palette();
  const rows = scratchRows(width, height);
  indexRows(rgba, width, height, palette, rows);
  return indexedPng(width, height, palette, deflateSync(rows, deflateOptions));
}

/** Rows deflated on their own, ended at a byte boundary, with their Adler-32 and length: a piece of a zlib stream. */
interface DeflatedRows {
  deflated: Buffer;
  adler: number;
  length: number;
}

/**
 * An image that many images share but for a band of rows (a card's frame, without its title): its
 * palette and indexed rows, and its rows above and below a band deflated once for each band edge.
 */
export interface IndexedFrame {
  readonly width: number;
  readonly height: number;
  readonly palette: Palette;
  readonly rows: Buffer;
  /** Rows above a band, by the band's top row: deflated with a full flush, so that the band follows. */
  readonly above: Map<number, DeflatedRows>;
  /** Rows below a band, by the band's bottom row: the last piece of the stream. */
  readonly below: Map<number, DeflatedRows>;
}

/** Indexes a frame once, for {@link encodeIndexedPngOnFrame}: its colours take the first palette indices. */
export function indexFrame(rgba: Uint8Array, width: number, height: number): IndexedFrame {
  if (rgba.length !== width * height * 4) throw new RangeError(`${rgba.length} bytes are not ${width}×${height} RGBA pixels`);
  const palette = new Palette();
  const rows = Buffer.alloc((width + 1) * height);
  indexRows(rgba, width, height, palette, rows);
  return { width, height, palette, rows, above: new Map(), below: new Map() };
}

/**
 * Encodes `frame` with its rows from `top` on replaced by the RGBA rows of `band`, as
 * {@link encodeIndexedPng} would encode the whole image but for the bytes: the palette is the frame's
 * colours, then the band's new ones, and the zlib stream is the frame's rows above and below, each
 * deflated once for all images, around the band's. Each piece ends at a byte boundary with no match
 * reaching back into the one before (a full flush), so pieces join as they are; the stream's Adler-32
 * is combined from theirs. The same frame and band give the same bytes, whatever was encoded before.
 */
export function encodeIndexedPngOnFrame(frame: IndexedFrame, band: Uint8Array, top: number): Buffer {
  const { width, height } = frame;
  const bandHeight = band.length / (width * 4);
  const bottom = top + bandHeight;
  if (!Number.isInteger(bandHeight) || top < 0 || bottom > height) throw new RangeError(`${band.length} bytes from row ${top} are not rows of a ${width}×${height} image`);
  const rowLength = width + 1;
  const palette = frame.palette.copy();
  const rows = scratchRows(width, bandHeight);
  const bandAdler = indexRows(band, width, bandHeight, palette, rows, top);
  let above = frame.above.get(top);
  if (!above) {
    above = deflatedRows(frame.rows.subarray(0, top * rowLength), constants.Z_FULL_FLUSH);
    frame.above.set(top, above);
  }
  let below = frame.below.get(bottom);
  if (!below) {
    below = deflatedRows(frame.rows.subarray(bottom * rowLength), constants.Z_FINISH);
    frame.below.set(bottom, below);
  }
  const middle = deflateRawSync(rows, { ...deflateOptions, finishFlush: constants.Z_FULL_FLUSH });
  const adler = combineAdler32(combineAdler32(above.adler, bandAdler, rows.length), below.adler, below.length);
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(adler, 0);
  return indexedPng(width, height, palette, Buffer.concat([zlibHeader, above.deflated, middle, below.deflated, trailer]));
}

/** Deflate with a 32 KiB window, no preset dictionary (RFC 1950): zlib's header for the pieces' settings. */
const zlibHeader = Buffer.from([0x78, 0x9c]);

function deflatedRows(rows: Buffer, flush: number): DeflatedRows {
  return { deflated: deflateRawSync(rows, { ...deflateOptions, finishFlush: flush }), adler: adler32(rows), length: rows.length };
}


/** Adler-32 (RFC 1950), the zlib stream's checksum of its uncompressed bytes. */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  // Reduced every 1,024 bytes, both sums stay under 2^30: small integers for V8, not heap numbers.
  for (let start = 0; start < bytes.length; start += 1024) {
    for (let at = start, end = Math.min(start + 1024, bytes.length); at < end; at++) {
      a += bytes[at]!;
      b += a;
    }
    a %= adlerBase;
    b %= adlerBase;
  }
  return (b * 65536 + a) >>> 0;
}

/** The Adler-32 of two byte runs one after the other, from each one's and the second one's length (zlib's adler32_combine). */
export function combineAdler32(first: number, second: number, secondLength: number): number {
  const remainder = secondLength % adlerBase;
  const a = ((first & 0xffff) + (second & 0xffff) + adlerBase - 1) % adlerBase;
  const b = ((remainder * (first & 0xffff)) % adlerBase + (first >>> 16) + (second >>> 16) + adlerBase - remainder) % adlerBase;
  return (b * 65536 + a) >>> 0;
}
