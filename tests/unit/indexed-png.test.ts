import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { adler32, combineAdler32, encodeIndexedPng, encodeIndexedPngOnFrame, indexFrame } from '../../scripts/lib/indexed-png.ts';
import { decodeIndexedPng as decode, pngChunks as chunks } from '../build/png-header.ts';

/** A width×height image of stripes in `colours` colours, with an odd pixel at the end. */
function stripes(width: number, height: number, colours: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let at = 0; at < width * height; at++) rgba.set([(at % colours) * 7 % 256, Math.floor((at % colours) / 37) * 50, 200, 255], at * 4);
  rgba.set([1, 2, 3, 255], rgba.length - 4);
  return rgba;
}

describe('encodeIndexedPng', () => {
  it('writes a PNG signature, an IHDR of the size with 8-bit indexed colour, a palette, data and an end', () => {
    const png = encodeIndexedPng(stripes(5, 3, 4), 5, 3);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(chunks(png).map((part) => part.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    const header = chunks(png)[0]!.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), ...header.subarray(8)]).toEqual([5, 3, 8, 3, 0, 0, 0]);
  });

  it('is lossless: decoding gives back every pixel, with a palette of exactly the colours used', () => {
    // 12 pixels of 4 colours: every row is the one above, but for the odd last pixel.
    for (const [width, height, colours] of [[1, 1, 1], [7, 5, 3], [12, 6, 4], [64, 40, 255]] as const) {
      const rgba = stripes(width, height, colours);
      const png = encodeIndexedPng(rgba, width, height);
      const distinct = new Set(Array.from({ length: width * height }, (_, at) => rgba.subarray(at * 4, at * 4 + 3).join()));
      expect(chunks(png)[1]!.data.length).toBe(distinct.size * 3);
      expect(decode(png)).toEqual({ width, height, rgba });
    }
  });

  it('gives the same bytes for the same pixels, whatever it encoded before', () => {
    const first = encodeIndexedPng(stripes(30, 20, 9), 30, 20);
    expect(decode(encodeIndexedPng(stripes(30, 20, 200), 30, 20)).rgba).toEqual(stripes(30, 20, 200));
    expect(() => encodeIndexedPng(stripes(30, 20, 300), 30, 20)).toThrow('more than 256 colours');
    expect(encodeIndexedPng(stripes(30, 20, 9), 30, 20).equals(first)).toBe(true);
  });

  it('refuses more than 256 colours, transparent pixels and a size that does not match the pixels', () => {
    expect(() => encodeIndexedPng(stripes(64, 40, 300), 64, 40)).toThrow('more than 256 colours');
    const seeThrough = stripes(4, 4, 2);
    seeThrough[3] = 0;
    expect(() => encodeIndexedPng(seeThrough, 4, 4)).toThrow('pixel 0,0 is not opaque');
    expect(() => encodeIndexedPng(stripes(4, 4, 2), 5, 4)).toThrow('64 bytes are not 5×4 RGBA pixels');
  });
});

/** The Adler-32 that zlib writes at the end of its stream of `bytes`. */
const zlibAdler = (bytes: Uint8Array) => deflateSync(bytes).readUInt32BE(deflateSync(bytes).length - 4);

describe('adler32 and combineAdler32', () => {
  it('give the checksum zlib gives, of runs long and short and of runs joined', () => {
    const bytes = Buffer.from(Array.from({ length: 200_000 }, (_, at) => (at * 7919) % 256));
    for (const length of [0, 1, 1023, 1024, 5553, 200_000]) expect(adler32(bytes.subarray(0, length)), `${length} bytes`).toBe(zlibAdler(bytes.subarray(0, length)));
    for (const split of [0, 1, 65_521, 131_042, 150_000, 200_000]) {
      expect(combineAdler32(adler32(bytes.subarray(0, split)), adler32(bytes.subarray(split)), bytes.length - split), `split at ${split}`).toBe(adler32(bytes));
    }
  });
});

describe('encodeIndexedPngOnFrame', () => {
  const [width, height] = [40, 64];
  /** The frame: a background with a bar on top and a line near the bottom, in three colours. */
  const frame = () => {
    const rgba = new Uint8Array(width * height * 4);
    for (let at = 0; at < width * height; at++) {
      const y = Math.floor(at / width);
      rgba.set(y < 4 ? [29, 90, 140, 255] : y === 56 ? [222, 218, 209, 255] : [251, 250, 247, 255], at * 4);
    }
    return rgba;
  };
  /** The frame with rows top to bottom drawn over in stripes of new colours and frame colours. */
  const drawn = (top: number, bottom: number, colours: number) => {
    const rgba = frame();
    rgba.set(stripes(width, bottom - top, colours).map((value, at) => (at % 4 === 3 ? 255 : at % 12 < 4 ? 251 : value)), top * width * 4);
    return rgba;
  };

  it('gives the pixels of the frame with the band drawn over it, whatever rows the band takes', () => {
    const indexed = indexFrame(frame(), width, height);
    // [top, bottom] of the band, and of the rows drawn over in it: the rest of a band is the frame's, its repeated rows among them.
    for (const [top, bottom, drawnTop, drawnBottom] of [[8, 24, 8, 24], [0, 8, 0, 8], [56, 64, 56, 64], [0, 64, 0, 64], [16, 17, 16, 17], [0, 64, 20, 30], [8, 48, 40, 41]] as const) {
      const image = drawn(drawnTop, drawnBottom, 30);
      const png = encodeIndexedPngOnFrame(indexed, image.subarray(top * width * 4, bottom * width * 4), top);
      expect(decode(png), `rows ${top} to ${bottom}`).toEqual({ width, height, rgba: image });
    }
  });

  it('keeps the frame\'s colours at their indices, first, and adds only the band\'s new ones', () => {
    const indexed = indexFrame(frame(), width, height);
    const image = drawn(8, 24, 5);
    const palette = chunks(encodeIndexedPngOnFrame(indexed, image.subarray(8 * width * 4, 24 * width * 4), 8)).find((part) => part.type === 'PLTE')!.data;
    expect([...palette.subarray(0, 9)]).toEqual([29, 90, 140, 251, 250, 247, 222, 218, 209]);
    const distinct = new Set(Array.from({ length: width * height }, (_, at) => image.subarray(at * 4, at * 4 + 3).join()));
    expect(palette.length / 3).toBe(distinct.size);
  });

  it('gives the same bytes for the same frame and band, whatever it encoded on the frame before', () => {
    const band = (image: Uint8Array) => image.subarray(8 * width * 4, 24 * width * 4);
    const fresh = encodeIndexedPngOnFrame(indexFrame(frame(), width, height), band(drawn(8, 24, 30)), 8);
    const used = indexFrame(frame(), width, height);
    encodeIndexedPngOnFrame(used, band(drawn(8, 24, 200)), 8);
    encodeIndexedPngOnFrame(used, drawn(0, 32, 100).subarray(0, 32 * width * 4), 0);
    expect(encodeIndexedPngOnFrame(used, band(drawn(8, 24, 30)), 8).equals(fresh)).toBe(true);
  });

  it('refuses a band that is not whole rows inside the frame, and more than 256 colours with the frame\'s', () => {
    const indexed = indexFrame(frame(), width, height);
    expect(() => encodeIndexedPngOnFrame(indexed, new Uint8Array(width * 4 * 8 + 4), 8)).toThrow('are not rows of a 40×64 image');
    expect(() => encodeIndexedPngOnFrame(indexed, new Uint8Array(width * 4 * 8), 60)).toThrow('are not rows of a 40×64 image');
    // Stripes of n colours and an odd pixel: n + 1 colours, none of them the frame's three.
    expect(decode(encodeIndexedPngOnFrame(indexed, stripes(width, 8, 252), 8)).rgba.subarray(8 * width * 4, 16 * width * 4)).toEqual(stripes(width, 8, 252));
    expect(() => encodeIndexedPngOnFrame(indexed, stripes(width, 8, 253), 8)).toThrow('more than 256 colours');
  });
});
