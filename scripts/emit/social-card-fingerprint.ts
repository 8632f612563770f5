// Node-only: what the link-preview cards of a build are drawn with, as one short hash. A module of its own, so
// that a build whose cards are all kept from the last one never loads satori and resvg to learn it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * What the drawing of a card depends on besides the card itself: the versions of satori, resvg and
 * the font, and the source of the card's drawing (social-card-image.ts) and of the PNG encoder. Cards
 * kept from an earlier build are reused only under the same fingerprint.
 */
export function rendererFingerprint(): string {
  const hash = createHash('sha256');
  for (const name of ['satori', '@resvg/resvg-js', '@fontsource/atkinson-hyperlegible']) hash.update(`${name}@${(require(`${name}/package.json`) as { version: string }).version}\n`);
  for (const module of ['./social-card-image.ts', '../lib/indexed-png.ts']) hash.update(readFileSync(new URL(module, import.meta.url)));
  return hash.digest('hex').slice(0, 16);
}
