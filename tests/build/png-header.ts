import { expect } from 'vitest';

/** Width, height, bit depth and colour type from a PNG's IHDR chunk, which must follow the signature. */
export function readPngHeader(png: Buffer): { width: number; height: number; bitDepth: number; colourType: number } {
  expect([...png.subarray(0, 8)], 'PNG signature').toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.toString('latin1', 12, 16), 'first chunk').toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bitDepth: png[24]!, colourType: png[25]! };
}
