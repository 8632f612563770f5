import { imageSize } from 'image-size';

/** Files an article may show as images: the formats every current browser decodes. */
const imageExtensions = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg']);

/**
 * Other files copied into the site and linked, as downloads. An allow-list: a page (`.html`), a script or
 * anything else a browser would run from the site's origin is never copied.
 */
const downloadExtensions = new Set([
  'pdf', 'epub', 'txt', 'csv', 'zip',
  'odt', 'ods', 'odp', 'docx', 'xlsx', 'pptx', 'doc', 'xls', 'ppt', 'rtf',
  'mp3', 'm4a', 'ogg', 'oga', 'opus', 'wav', 'flac', 'mp4', 'm4v', 'webm', 'ogv',
]);

/** What a file is to the site, going by its name: shown, copied and linked, or neither. */
export function kindOfFile(name: string): 'image' | 'download' | undefined {
  const extension = extensionOf(name);
  if (imageExtensions.has(extension)) return 'image';
  if (downloadExtensions.has(extension)) return 'download';
  return undefined;
}

/** The lower-case extension of a file name, without the dot; empty when it has none. */
export function extensionOf(name: string): string {
  const match = /\.([a-z\d]+)$/i.exec(name.slice(name.lastIndexOf('/') + 1));
  return match ? match[1]!.toLowerCase() : '';
}

export type InspectedImage = { extension: string; width: number; height: number } | { refused: string };

/**
 * An image's format (from its bytes, not its name) and intrinsic size, or why it cannot be shown.
 * An SVG is refused unless it is inert (see `svgHazard`).
 */
export function inspectImage(bytes: Uint8Array): InspectedImage {
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    return { refused: 'is not an image in a format browsers show (PNG, JPEG, GIF, WebP, AVIF or SVG)' };
  }
  const extension = size.type === 'heif' && isAvif(bytes) ? 'avif' : size.type;
  if (!extension || !imageExtensions.has(extension)) return { refused: `is a ${size.type ?? 'unknown'} image, which browsers do not all show` };
  if (extension === 'svg') {
    const hazard = svgHazard(bytes);
    if (hazard) return { refused: `is an SVG with ${hazard}, which could run or load something if opened directly` };
  }
  if (!(size.width > 0 && size.height > 0)) return { refused: 'has no width and height (an SVG needs width and height or a viewBox)' };
  return { extension, width: size.width, height: size.height };
}

function isAvif(bytes: Uint8Array): boolean {
  const brand = new TextDecoder().decode(bytes.subarray(8, 12));
  return brand === 'avif' || brand === 'avis';
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Shown through `<img>`, an SVG runs nothing and loads nothing; but a reader may open the file itself,
 * from the site's origin, where it is a document like a page. So it is copied only if it holds nothing
 * that runs or reaches out: no script, event handler, embedded HTML, entity declaration, or reference
 * to anything but its own fragments. Text that is not plain UTF-8 (UTF-16 would hide a `<script>` from
 * these patterns) is refused too.
 */
export function svgHazard(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return 'text that is not UTF-8';
  }
  if (text.includes('\u0000')) return 'text that is not UTF-8';
  for (const [pattern, hazard] of svgHazards) if (pattern.test(text)) return hazard;
  return undefined;
}

const svgHazards: [RegExp, string][] = [
  [/<([\w-]+:)?script[\s/>]/i, 'a script'],
  [/[\s"'/]on[a-z]+\s*=/i, 'an event handler attribute'],
  [/<([\w-]+:)?(foreignObject|iframe|embed|object|html|body)[\s/>]/i, 'embedded HTML'],
  [/<!ENTITY/i, 'an entity declaration'],
  [/javascript:/i, 'a javascript: URL'],
  [/\b(?:[\w-]+:)?(?:href|src)\s*=\s*(?!["']\s*#)/i, 'a reference to another file or site'],
  [/attributeName\s*=\s*["']\s*(?:[\w-]+:)?(?:href|src|on[a-z]+)/i, 'an animated reference'],
  [/url\(\s*(?!["']?\s*#)/i, 'a reference to another file or site'],
  [/@import/i, 'a style sheet import'],
];
