import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeIndexedPng } from '../../scripts/lib/indexed-png.ts';

/** The chunks of a PNG, by type, in order (no CRC check: zlib's inflate checks the data itself). */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  const found: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    found.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return found;
}

/** Decodes an 8-bit indexed PNG written without row filters back to RGBA. */
function decode(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  const parts = chunks(png);
  const header = parts.find((part) => part.type === 'IHDR')!.data;
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  const palette = parts.find((part) => part.type === 'PLTE')!.data;
  const rows = inflateSync(Buffer.concat(parts.filter((part) => part.type === 'IDAT').map((part) => part.data)));
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (width + 1)], 'filter type of each row').toBe(0);
    for (let x = 0; x < width; x++) {
      const index = rows[y * (width + 1) + 1 + x]!;
      rgba.set([...palette.subarray(index * 3, index * 3 + 3), 255], (y * width + x) * 4);
    }
  }
  return { width, height, rgba };
}

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
