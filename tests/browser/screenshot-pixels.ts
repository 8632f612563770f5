// The pixels of a screenshot, for tests that look at what was painted (a mark's colour, a chevron's tip).
// Decoded by Chromium itself in a blank page's canvas, so no PNG decoder is added to the project; the page is
// opened in the same context and closed again, so the page under test keeps its state.
import type { Page } from 'playwright-core';

/** RGBA pixels, row by row from the top left, four bytes a pixel, as `ImageData` holds them. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Decodes `png` (a screenshot of `page`) into its pixels, in a blank page of the same browser context. */
export async function screenshotPixels(page: Page, png: Buffer): Promise<Pixels> {
  const blank = await page.context().newPage();
  try {
    const { width, height, base64 } = await blank.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      // Back as base64, a third the size of a list of numbers; in slices, as String.fromCharCode takes arguments.
      let binary = '';
      for (let at = 0; at < pixels.length; at += 0x8000) binary += String.fromCharCode(...pixels.subarray(at, at + 0x8000));
      return { width: image.width, height: image.height, base64: btoa(binary) };
    }, png.toString('base64'));
    return { width, height, data: new Uint8Array(Buffer.from(base64, 'base64')) };
  } finally {
    await blank.close();
  }
}

/** The red, green and blue of the pixel at (`x`, `y`). */
export function pixelAt(pixels: Pixels, x: number, y: number): [number, number, number] {
  const at = (y * pixels.width + x) * 4;
  return [pixels.data[at]!, pixels.data[at + 1]!, pixels.data[at + 2]!];
}
