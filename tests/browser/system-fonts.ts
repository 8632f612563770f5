// Stand-ins for the fonts a reader's phone has for Arabic, Hebrew and Japanese. The Chromium the tests drive
// ships one Latin font (Open Sans), so an Arabic or Japanese page would be drawn as empty boxes. Android and
// Linux readers have the Noto fonts that global.css's stacks name ("Noto Sans Arabic", "Noto Sans Hebrew",
// "Noto Sans JP"); here the @fontsource-variable packages give the same fonts, under those names, served from
// the page's own origin (the site's CSP allows nothing else) by the test's router, never by the site.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';

/** The family each package's CSS declares, and the name global.css asks for. */
const FONTS = [
  { packageName: '@fontsource-variable/noto-sans-arabic', declared: 'Noto Sans Arabic Variable', system: 'Noto Sans Arabic' },
  { packageName: '@fontsource-variable/noto-sans-hebrew', declared: 'Noto Sans Hebrew Variable', system: 'Noto Sans Hebrew' },
  { packageName: '@fontsource-variable/noto-sans-jp', declared: 'Noto Sans JP Variable', system: 'Noto Sans JP' },
];

/** Where the font files seem to be, on the site's origin: a path no built site has. */
const FONT_PATH = '/__system-fonts__/';

const require = createRequire(import.meta.url);
const folderOf = (packageName: string) => path.dirname(require.resolve(`${packageName}/package.json`));

/** Every package's @font-face rules, renamed to the system font's name, their files under FONT_PATH. */
const FONT_FACES = FONTS.map(({ packageName, declared, system }) =>
  readFileSync(path.join(folderOf(packageName), 'index.css'), 'utf8')
    .replaceAll(`'${declared}'`, `'${system}'`)
    .replaceAll('url(./files/', `url(${FONT_PATH}${encodeURIComponent(packageName)}/`),
).join('\n');

/**
 * Gives every page of `context` the stand-in fonts, before the page's own styles apply: an adopted
 * stylesheet (the CSP refuses a <style>) with the @font-face rules, and a route that answers their files.
 */
export async function addSystemFonts(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.pathname.startsWith(FONT_PATH),
    async (route) => {
      const [packageName = '', file = ''] = new URL(route.request().url()).pathname.slice(FONT_PATH.length).split('/').map(decodeURIComponent);
      if (!FONTS.some((font) => font.packageName === packageName) || !/^[\w-]+\.woff2$/.test(file)) return route.abort();
      await route.fulfill({ contentType: 'font/woff2', body: await readFile(path.join(folderOf(packageName), 'files', file)) });
    },
  );
  await context.addInitScript((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, FONT_FACES);
}
