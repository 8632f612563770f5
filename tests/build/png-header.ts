import { inflateSync } from 'node:zlib';
import { expect } from 'vitest';

/** Width, height, bit depth and colour type from a PNG's IHDR chunk, which must follow the signature. */
export function readPngHeader(png: Buffer): { width: number; height: number; bitDepth: number; colourType: number } {
  expect([...png.subarray(0, 8)], 'PNG signature').toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.toString('latin1', 12, 16), 'first chunk').toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bitDepth: png[24]!, colourType: png[25]! };
}

/** The chunks of a PNG, by type, in order (no CRC check: zlib's inflate checks the data itself). */
export function pngChunks(png: Buffer): { type: string; data: Buffer }[] {
  const found: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    found.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return found;
}

/** Decodes an 8-bit indexed PNG written without row filters back to RGBA; inflate checks the stream's Adler-32. */
export function decodeIndexedPng(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  const parts = pngChunks(png);
  const header = parts.find((part) => part.type === 'IHDR')!.data;
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  const palette = parts.find((part) => part.type === 'PLTE')!.data;
  const rows = inflateSync(Buffer.concat(parts.filter((part) => part.type === 'IDAT').map((part) => part.data)));
  expect(rows.length, 'bytes of the rows').toBe((width + 1) * height);
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (width + 1)], 'filter type of each row').toBe(0);
    for (let x = 0; x < width; x++) {
      const index = rows[y * (width + 1) + 1 + x]!;
      if (index * 3 >= palette.length) throw new Error(`pixel ${x},${y} has index ${index}, past the palette's ${palette.length / 3} colours`);
      rgba.set([palette[index * 3]!, palette[index * 3 + 1]!, palette[index * 3 + 2]!, 255], (y * width + x) * 4);
    }
  }
  return { width, height, rgba };
}
