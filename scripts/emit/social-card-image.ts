// Node-only: draws a link-preview card. satori lays the card out as SVG with the font's glyphs as
// paths, resvg rasterises it on libuv's thread pool, and its few colours are written as a palette PNG.
// The cards of one kind and site share a frame, drawn once; each card adds only its title's rows.
// The font comes from an npm package, read from node_modules once per build: nothing is fetched.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type Font, type SatoriNode } from 'satori';
import { socialCardSize, type SocialCard } from '../../src/utils/social-card.ts';
import { encodeIndexedPng, encodeIndexedPngOnFrame, indexFrame, type IndexedFrame } from '../lib/indexed-png.ts';

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

type Node = { type: string; key?: string; props: { style: Record<string, unknown>; children?: Node | string | (Node | string)[] } };
const box = (style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });
/** Text that wraps and, past `lines` lines, ends with an ellipsis: satori clamps only a block. */
const clampedText = (lines: number, style: Record<string, unknown>, text: string): Node => ({ type: 'div', props: { style: { display: 'block', lineClamp: lines, ...style }, children: text } });

const inner = socialCardSize.width - 2 * padding.side;

/** The title, wrapped, and cut with an ellipsis where it would not fit; keyed, for its place in the card. */
function titleText(title: string): Node {
  const size = titleFontSize(title);
  return { ...clampedText(Math.floor(titleBox / (size * lineHeight)), { width: inner, fontSize: size, fontWeight: 700, lineHeight, wordBreak: 'break-word' }, title), key: 'title' };
}

/** The card's own box: its size, background, and the type its text inherits. */
const cardStyle = { width: socialCardSize.width, height: socialCardSize.height, boxSizing: 'border-box', flexDirection: 'column', background: colours.background, color: colours.text, fontFamily };

/** The card as satori's element tree: the kind, the title and the site. */
export function cardLayout(card: SocialCard): Node {
  const home = card.title === card.site;
  return box(
    { ...cardStyle, justifyContent: home ? 'center' : 'space-between', padding: `${accentBar + padding.top}px ${padding.side}px ${padding.bottom}px` },
    // The accent bar and the rule are boxes filled with their colour, not borders: satori draws a border as a
    // stroke under three nested clip paths, each a canvas-sized layer for resvg: some 15% of its time per card.
    box({ position: 'absolute', top: 0, left: 0, width: socialCardSize.width, height: accentBar, background: colours.accent }),
    box(
      { flexDirection: 'column', width: inner },
      ...(card.kind ? [box({ fontSize: 40, color: colours.muted, marginBottom: 20 }, card.kind)] : []),
      titleText(card.title),
    ),
    ...(home ? [] : [box({ flexDirection: 'column', width: inner }, box({ height: 3, background: colours.rule }), clampedText(1, { width: inner, paddingTop: 24, fontSize: 36, color: colours.muted }, card.site))]),
  );
}

/**
 * The title alone, at `at`, where the card's layout puts it (the top left of its box): the same box in
 * the same type, so its glyphs are the same paths. Laying out the kind and the site line as well takes
 * satori more than twice as long, and they are the frame's.
 */
export function titleLayout(title: string, at: { left: number; top: number }): Node {
  const { background: _, ...unpainted } = cardStyle;
  return box({ ...unpainted, padding: `${at.top}px 0 0 ${at.left}px` }, titleText(title));
}

export interface DrawnCard {
  png: Buffer;
  /** Characters of the card that the font has no glyph for, left out of the image: Cyrillic, Greek, CJK, emoji. */
  missing: string;
}

/** The card as SVG, laid out by satori, and the characters its font could not draw. */
export function cardSvg(card: SocialCard): Promise<{ svg: string; missing: string }> {
  return layoutSvg(cardLayout(card));
}

/** An element tree laid out by satori as SVG of the card's size, with the characters its font could not draw. */
export async function layoutSvg(tree: Node, onNodeDetected?: (node: SatoriNode) => void): Promise<{ svg: string; missing: string }> {
  let missing = '';
  const svg = await satori(tree as Parameters<typeof satori>[0], {
    ...socialCardSize,
    fonts: await loadFonts(),
    // Satori asks for a font for text that the given ones cannot draw; none is fetched, the text is reported.
    loadAdditionalAsset: async (_language, segment) => {
      missing += segment;
      return [];
    },
    ...(onNodeDetected ? { onNodeDetected } : {}),
  });
  return { svg, missing };
}

const rasterOptions = { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } } as const;

/** The same SVG with only `rows` in view, rasterised to just those rows: pixel for pixel the rows of the whole card. */
function cropToRows(svg: string, rows: { top: number; bottom: number }): string {
  const whole = `<svg width="${socialCardSize.width}" height="${socialCardSize.height}" viewBox="0 0 ${socialCardSize.width} ${socialCardSize.height}"`;
  if (!svg.startsWith(whole)) throw new Error(`satori's card does not start with ${whole}`);
  const height = rows.bottom - rows.top;
  return `<svg width="${socialCardSize.width}" height="${height}" viewBox="0 ${rows.top} ${socialCardSize.width} ${height}"${svg.slice(whole.length)}`;
}

/**
 * What satori's SVG paints, one element a string, in order; `undefined` if it holds anything but
 * plain filled paths and rectangles (a transform, a gradient, a mask in use…), whose reach this does
 * not work out. Mask definitions are left out: satori writes one per box, and paints with none.
 */
export function paintedElements(svg: string): string[] | undefined {
  const painted: string[] = [];
  let inMask = 0;
  for (const [tag] of svg.matchAll(/<[^>]*>/g)) {
    if (tag.startsWith('<mask ')) inMask++;
    else if (tag === '</mask>') inMask--;
    else if (inMask > 0 || tag === '<g>' || tag === '</g>' || tag === '</svg>' || tag.startsWith('<svg ')) continue;
    else if (/^<path fill="#[0-9a-f]{3,8}" d="[MLQCZ\d. -]*"\/>$/.test(tag) || /^<rect x="[\d.-]+" y="[\d.-]+" width="[\d.]+" height="[\d.]+" fill="#[0-9a-f]{3,8}"\/>$/.test(tag)) painted.push(tag);
    else return undefined;
  }
  return painted;
}

/** The rows an element paints, with a row more each side for anti-aliasing: a path lies within its points, Bézier control points included. */
function paintedRows(element: string): { top: number; bottom: number } {
  const rect = /y="([\d.-]+)" width="[\d.]+" height="([\d.]+)"/.exec(element);
  if (rect) return { top: Math.floor(Number(rect[1])) - 1, bottom: Math.ceil(Number(rect[1]) + Number(rect[2])) + 1 };
  // A path of absolute M, L, Q, C and Z commands (paintedElements lets no other through): every second number is a y.
  let top = Infinity;
  let bottom = -Infinity;
  const d = element.slice(element.indexOf(' d="') + 4, -3);
  for (let at = 0, numbers = 0; at < d.length; ) {
    const code = d.charCodeAt(at);
    if (code === 0x20) at++;
    else if (code >= 0x41) {
      at++;
      numbers = 0;
    } else {
      let end = at + 1;
      while (end < d.length && d.charCodeAt(end) !== 0x20 && d.charCodeAt(end) < 0x41) end++;
      if (numbers++ % 2 === 1) {
        const y = Number(d.slice(at, end));
        if (y < top) top = y;
        if (y > bottom) bottom = y;
      }
      at = end;
    }
  }
  return { top: Math.floor(top) - 1, bottom: Math.ceil(bottom) + 1 };
}

/** Bands start and end on multiples of this many rows, so that cards share the frame's deflated rows above and below them. */
const bandStep = 8;

/**
 * The rows where a card differs from its frame: those of every element one paints and the other does
 * not, widened to whole steps; `undefined` where either paints something `paintedElements` does not read.
 */
export function changedRows(svg: string, frameSvg: string): { top: number; bottom: number } | undefined {
  const [card, frame] = [paintedElements(svg), paintedElements(frameSvg)];
  if (!card || !frame) return undefined;
  const unmatched = new Map<string, number>();
  for (const element of card) unmatched.set(element, (unmatched.get(element) ?? 0) + 1);
  for (const element of frame) unmatched.set(element, (unmatched.get(element) ?? 0) - 1);
  let [top, bottom]: [number, number] = [socialCardSize.height, 0];
  for (const [element, count] of unmatched) {
    if (count === 0) continue;
    const rows = paintedRows(element);
    [top, bottom] = [Math.min(top, rows.top), Math.max(bottom, rows.bottom)];
  }
  // A card the same as its frame is still drawn from a band of its own, however small.
  return snapped(top < bottom ? { top, bottom } : { top: 0, bottom: 1 });
}

/** A card of one kind and site without a title: what each card of them is laid on. */
interface Frame {
  svg: string;
  missing: string;
  indexed: IndexedFrame;
  /** Where the title's box starts. */
  title: { left: number; top: number };
  /** The rows each of its elements paints, but the background that every card's text is laid on; `undefined` where `paintedElements` cannot read it. */
  paintedRows: { top: number; bottom: number }[] | undefined;
}

/** Frames drawn and indexed once per process, by kind and site. */
const frames = new Map<string, Promise<Frame>>();
function cardFrame(kind: string, site: string): Promise<Frame> {
  const key = JSON.stringify([kind, site]);
  let frame = frames.get(key);
  if (!frame) {
    frame = (async () => {
      let title: { left: number; top: number } | undefined;
      const { svg, missing } = await layoutSvg(cardLayout({ kind, site, title: '' }), (node) => {
        if (node.key === 'title') title = { left: node.left, top: node.top };
      });
      if (!title) throw new Error('satori laid the card out without its title');
      const image = await renderAsync(svg, rasterOptions);
      const background = `<rect x="0" y="0" width="${socialCardSize.width}" height="${socialCardSize.height}" fill="${colours.background}"/>`;
      const painted = paintedElements(svg)?.filter((element) => element !== background);
      return { svg, missing, indexed: indexFrame(image.pixels, image.width, image.height), title, paintedRows: painted?.map(paintedRows) };
    })();
    frames.set(key, frame);
  }
  return frame;
}

/** Rows snapped outward to whole band steps, within the card. */
const snapped = ({ top, bottom }: { top: number; bottom: number }) => ({
  top: Math.max(0, Math.floor(top / bandStep) * bandStep),
  bottom: Math.min(socialCardSize.height, Math.ceil(bottom / bandStep) * bandStep),
});

/**
 * The card as its frame's SVG with its title's paths added, laid out alone, and the rows they paint;
 * `undefined` for the home page's card (its title is centred, without the site line) and wherever the
 * title would paint rows that another element of the card paints: there the order they are painted in
 * could change a pixel, and the card is laid out whole.
 */
async function titleOnFrame(card: SocialCard, frame: Frame): Promise<{ svg: string; rows: { top: number; bottom: number }; missing: string } | undefined> {
  if (card.title === card.site || !frame.paintedRows || !frame.svg.endsWith('</svg>')) return undefined;
  const { svg, missing } = await layoutSvg(titleLayout(card.title, frame.title));
  const title = paintedElements(svg);
  if (!title || title.length === 0) return undefined;
  const rows = title.map(paintedRows).reduce((all, one) => ({ top: Math.min(all.top, one.top), bottom: Math.max(all.bottom, one.bottom) }));
  if (frame.paintedRows.some((other) => other.top < rows.bottom && rows.top < other.bottom)) return undefined;
  return { svg: `${frame.svg.slice(0, -'</svg>'.length)}${title.join('')}</svg>`, rows: snapped(rows), missing: frame.missing + missing };
}

/**
 * Draws one card as a 1200×630 palette PNG. Rasterising and encoding cost by the row, and a card
 * differs from the others of its kind and site only where its title is: only the rows where it differs
 * from their frame are rasterised and encoded, the rest is the frame's, encoded once.
 */
export async function renderSocialCard(card: SocialCard): Promise<DrawnCard> {
  const frame = await cardFrame(card.kind, card.site);
  let drawing: { svg: string; missing: string; rows: { top: number; bottom: number } | undefined } | undefined = await titleOnFrame(card, frame);
  if (!drawing) {
    const { svg, missing } = await cardSvg(card);
    drawing = { svg, missing, rows: changedRows(svg, frame.svg) };
  }
  if (!drawing.rows) {
    const image = await renderAsync(drawing.svg, rasterOptions);
    return { png: encodeIndexedPng(image.pixels, image.width, image.height), missing: drawing.missing };
  }
  const band = await renderAsync(cropToRows(drawing.svg, drawing.rows), rasterOptions);
  return { png: encodeIndexedPngOnFrame(frame.indexed, band.pixels, drawing.rows.top), missing: drawing.missing };
}
