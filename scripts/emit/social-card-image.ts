// Node-only: draws a link-preview card. satori lays the card out as SVG with the font's glyphs as
// paths, resvg rasterises it on libuv's thread pool, and its few colours are written as a palette PNG.
// The font comes from an npm package, read from node_modules once per build: nothing is fetched.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { socialCardSize, type SocialCard } from '../../src/utils/social-card.ts';
import { encodeIndexedPng } from '../lib/indexed-png.ts';

/** The site's light palette (src/styles/global.css): `--bg`, `--text`, `--muted`, `--rule-soft`, `--link`. */
const colours = { background: '#fbfaf7', text: '#1e2227', muted: '#4f5660', rule: '#dedad1', accent: '#1d5a8c' } as const;

/** Atkinson Hyperlegible, made for low-vision readers: its letters stay apart at the small size of a chat bubble. */
const subsets = ['latin', 'latin-ext'] as const;
const weights = [400, 700] as const;
/** Satori takes glyphs from the first font of a name that matches the weight, so each subset is named apart. */
const fontName = (subset: string) => `Atkinson Hyperlegible ${subset}`;
const fontFamily = subsets.map((subset) => `"${fontName(subset)}"`).join(', ');
const require = createRequire(import.meta.url);

let fonts: Promise<Font[]> | undefined;

/** The card's fonts, read once per process. Satori reads WOFF as it is, without WOFF2's Brotli step. */
function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    subsets.flatMap((subset) =>
      weights.map(async (weight) => ({
        name: fontName(subset),
        data: await readFile(require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${subset}-${weight}-normal.woff`)),
        weight,
        style: 'normal' as const,
      })),
    ),
  );
  return fonts;
}

const padding = { top: 64, side: 80, bottom: 56 };
const accentBar = 20;
/** Height left for the title between the kind line and the site line. */
const titleBox = 340;
const lineHeight = 1.15;

/** Large enough to read at a quarter of the card's width, as a phone's chat bubble shows it; longer titles step down. */
export function titleFontSize(title: string): number {
  const length = [...title].length;
  return length <= 24 ? 96 : length <= 48 ? 80 : length <= 80 ? 68 : 60;
}

type Node = { type: string; props: { style: Record<string, unknown>; children?: Node | string | (Node | string)[] } };
const box = (style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });
/** Text that wraps and, past `lines` lines, ends with an ellipsis: satori clamps only a block. */
const clampedText = (lines: number, style: Record<string, unknown>, text: string): Node => ({ type: 'div', props: { style: { display: 'block', lineClamp: lines, ...style }, children: text } });

/** The card as satori's element tree: the kind, the title (wrapped, and cut with an ellipsis where it would not fit) and the site. */
export function cardLayout(card: SocialCard): Node {
  const size = titleFontSize(card.title);
  const home = card.title === card.site;
  const inner = socialCardSize.width - 2 * padding.side;
  return box(
    {
      width: socialCardSize.width,
      height: socialCardSize.height,
      boxSizing: 'border-box',
      flexDirection: 'column',
      justifyContent: home ? 'center' : 'space-between',
      padding: `${accentBar + padding.top}px ${padding.side}px ${padding.bottom}px`,
      background: colours.background,
      color: colours.text,
      fontFamily,
    },
    // The accent bar and the rule are boxes filled with their colour, not borders: satori draws a border as a
    // stroke under three nested clip paths, each a canvas-sized layer for resvg: some 15% of its time per card.
    box({ position: 'absolute', top: 0, left: 0, width: socialCardSize.width, height: accentBar, background: colours.accent }),
    box(
      { flexDirection: 'column', width: inner },
      ...(card.kind ? [box({ fontSize: 40, color: colours.muted, marginBottom: 20 }, card.kind)] : []),
      clampedText(Math.floor(titleBox / (size * lineHeight)), { width: inner, fontSize: size, fontWeight: 700, lineHeight, wordBreak: 'break-word' }, card.title),
    ),
    ...(home ? [] : [box({ flexDirection: 'column', width: inner }, box({ height: 3, background: colours.rule }), clampedText(1, { width: inner, paddingTop: 24, fontSize: 36, color: colours.muted }, card.site))]),
  );
}

/**
 * What the drawing of a card depends on besides the card itself: the versions of satori, resvg and
 * the font, and the source of this module and of the PNG encoder. Cards kept from an earlier build
 * are reused only under the same fingerprint.
 */
export function rendererFingerprint(): string {
  const hash = createHash('sha256');
  for (const name of ['satori', '@resvg/resvg-js', '@fontsource/atkinson-hyperlegible']) hash.update(`${name}@${(require(`${name}/package.json`) as { version: string }).version}\n`);
  for (const module of ['./social-card-image.ts', '../lib/indexed-png.ts']) hash.update(readFileSync(new URL(module, import.meta.url)));
  return hash.digest('hex').slice(0, 16);
}

export interface DrawnCard {
  png: Buffer;
  /** Characters of the card that the font has no glyph for, left out of the image: Cyrillic, Greek, CJK, emoji. */
  missing: string;
}

/** The card as SVG, laid out by satori, and the characters its font could not draw. */
export async function cardSvg(card: SocialCard): Promise<{ svg: string; missing: string }> {
  let missing = '';
  const svg = await satori(cardLayout(card) as Parameters<typeof satori>[0], {
    ...socialCardSize,
    fonts: await loadFonts(),
    // Satori asks for a font for text that the given ones cannot draw; none is fetched, the text is reported.
    loadAdditionalAsset: async (_language, segment) => {
      missing += segment;
      return [];
    },
  });
  return { svg, missing };
}

const rasterOptions = { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } } as const;

/**
 * The rows a title may cover: from the top padding (the kind, when there is one, is drawn there too)
 * to the bottom of the title's box. The kind's line is 40 px type at the font's normal line height
 * (50 px) and 20 px below it. Above and below these rows, every card of a kind and site is the same.
 */
const kindLine = 70;
export const titleRows = { top: accentBar + padding.top, bottom: accentBar + padding.top + kindLine + titleBox } as const;
const rowBytes = socialCardSize.width * 4;

/** The same SVG with only `rows` in view, rasterised to just those rows: pixel for pixel the rows of the whole card. */
function cropToRows(svg: string, rows: { top: number; bottom: number }): string {
  const whole = `<svg width="${socialCardSize.width}" height="${socialCardSize.height}" viewBox="0 0 ${socialCardSize.width} ${socialCardSize.height}"`;
  if (!svg.startsWith(whole)) throw new Error(`satori's card does not start with ${whole}`);
  const height = rows.bottom - rows.top;
  return `<svg width="${socialCardSize.width}" height="${height}" viewBox="0 ${rows.top} ${socialCardSize.width} ${height}"${svg.slice(whole.length)}`;
}

/** Cards of one kind and site without a title, drawn once per process: what the title's rows are laid on. */
const frames = new Map<string, Promise<Uint8Array>>();
function cardFrame(kind: string, site: string): Promise<Uint8Array> {
  const key = JSON.stringify([kind, site]);
  let frame = frames.get(key);
  if (!frame) {
    frame = cardSvg({ kind, site, title: '' }).then(async ({ svg }) => (await renderAsync(svg, rasterOptions)).pixels);
    frames.set(key, frame);
  }
  return frame;
}

/**
 * Draws one card as a 1200×630 palette PNG. Rasterising is mostly filling the canvas, not the text, so
 * only the title's rows are rasterised, onto the card's frame; the home page's card, centred, is drawn whole.
 */
export async function renderSocialCard(card: SocialCard): Promise<DrawnCard> {
  const { svg, missing } = await cardSvg(card);
  if (card.title === card.site) {
    const image = await renderAsync(svg, rasterOptions);
    return { png: encodeIndexedPng(image.pixels, image.width, image.height), missing };
  }
  const [frame, rows] = await Promise.all([cardFrame(card.kind, card.site), renderAsync(cropToRows(svg, titleRows), rasterOptions)]);
  // From here to the PNG nothing awaits, so one canvas serves every card: a new 3 MB buffer a card
  // would cost more in page faults than the copy itself.
  canvas ??= Buffer.alloc(frame.length);
  canvas.set(frame);
  canvas.set(rows.pixels, titleRows.top * rowBytes);
  return { png: encodeIndexedPng(canvas, socialCardSize.width, socialCardSize.height), missing };
}
let canvas: Buffer | undefined;
