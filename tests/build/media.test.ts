// A README as repositories have them (badges before the title, links to other documents, an image
// folder, a PDF), built with SITE_SOURCE: dist/ holds a copy of each file it shows or links, and no
// page links to a file that is not there or loads anything from another site.
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { brokenLinks, elementsOf, parsePages, referencesOf, type BuiltPage } from './site-check.ts';
import { startDevServer } from './dev-server.ts';
import { makeProjectCopy, readPages, repoRoot, runBuild, type BuildRun } from './project.ts';

const fixture = path.join(repoRoot, 'tests/fixtures/media/readme');
const origin = 'http://site.test';

describe('SITE_SOURCE=README.md npm run build, on a README with images, badges and links to other documents', () => {
  let root: string;
  let dist: string;
  let run: BuildRun;
  let pages: BuiltPage[];
  const imagesOf = () => pages.flatMap((page) => elementsOf(page.tree).filter((element) => element.tagName === 'img' && !String(element.properties['src']).startsWith('/_astro/') && String(element.properties['src']) !== '/favicon.svg'));
  const bodyText = () => pages.map((page) => readFileSync(path.join(dist, page.path.replace(/^\//, ''), page.path.endsWith('/') ? 'index.html' : ''), 'utf8')).join('\n');

  beforeAll(() => {
    root = makeProjectCopy();
    cpSync(fixture, path.join(root, 'readme'), { recursive: true });
    run = runBuild(root, { SITE_SOURCE: 'readme/README.md' });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    dist = path.join(root, 'dist');
    pages = parsePages(readPages(dist), '/');
  }, 180_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('copies each image and the PDF once, byte for byte, named by content', () => {
    const copies = readdirSync(path.join(dist, 'media')).sort();
    const originals = ['images/screenshot.png', 'images/team photo.png', 'images/divider.png', 'images/states.svg', 'docs/quick-start.pdf'].map((file) => readFileSync(path.join(fixture, file)));
    expect(copies).toHaveLength(originals.length);
    for (const name of copies) expect(name).toMatch(/^[\da-f]{16}\.(png|svg|pdf)$/);
    const copied = copies.map((name) => readFileSync(path.join(dist, 'media', name)));
    for (const original of originals) expect(copied.some((bytes) => bytes.equals(original))).toBe(true);
  });

  test('shows each image beside the README with its alt text, size, lazy loading and async decoding', () => {
    const images = imagesOf();
    // In the order of the pages' paths: the home page (the title's preface and intro), then gallery/ and usage/.
    expect(images.map((image) => image.properties['alt'])).toEqual([
      "The timer's main screen, with twenty-five minutes left",
      'The main screen on a phone',
      'The three makers of the timer, smiling',
      "Diagram of the timer's three states: ready, counting and ringing",
    ]);
    for (const image of images) {
      expect(image.properties).toMatchObject({ loading: 'lazy', decoding: 'async' });
      expect(Number(image.properties['width'])).toBeGreaterThan(0);
      expect(Number(image.properties['height'])).toBeGreaterThan(0);
      expect(String(image.properties['src'])).toMatch(/^\/media\/[\da-f]{16}\.(png|svg)$/);
    }
  });

  test('loads nothing from another site: every image, script and style is the site’s own', () => {
    const outside = pages.flatMap((page) => elementsOf(page.tree).flatMap((element) => (typeof element.properties['src'] === 'string' && /^(https?:)?\/\//.test(element.properties['src']) ? [`${page.path}: ${element.properties['src']}`] : [])));
    expect(outside).toEqual([]);
    // The badges and the logo are still there, as links with their alt text.
    const text = bodyText();
    expect(text).toContain('<a href="https://github.com/example/tomato-timer/actions">Build status</a>');
    expect(text).toContain('<a href="https://tomato-timer.example.com/logo.png"><span class="added-words">Image: </span>Tomato Timer logo<span class="added-words">, on tomato-timer.example.com</span></a>');
  });

  test('has no broken link: each internal link reaches a page, a file and an id that exist', () => {
    const files = new Set((readdirSync(dist, { recursive: true }) as string[]).map((name) => `/${name.split(path.sep).join('/')}`));
    const references = pages.flatMap(referencesOf);
    expect(references.filter((href) => href.startsWith('/media/')).length).toBeGreaterThanOrEqual(6);
    expect(brokenLinks(pages, files, origin)).toEqual([]);
    for (const href of ['docs/setup.md', 'README-fr.md', 'CONTRIBUTING.md', 'LICENSE', 'CODE_OF_CONDUCT.md', 'images/']) {
      expect(references.filter((reference) => reference.includes(href)), href).toEqual([]);
    }
  });

  test('builds pages that html-validate finds no error in, images and added words included', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
    const errors: string[] = [];
    for (const [file, html] of readPages(dist)) {
      const report = await validator.validateString(html, file);
      for (const message of report.results.flatMap((result) => result.messages)) errors.push(`${file}:${message.line}:${message.column}: ${message.ruleId}: ${message.message}`);
    }
    expect(errors).toEqual([]);
  });

  test('keeps the words of every link it could not keep, and counts a warning for each problem', () => {
    const text = bodyText();
    for (const words of ['Read the setup guide before you start.', 'There is also a French version of this page.', 'Please read CONTRIBUTING.md and the code of conduct first.', 'MIT © 2026', 'An old picture we lost: The first prototype']) {
      expect(text).toContain(words);
    }
    expect(run.stdout).toContain('unfold: 11 content warnings');
  });
});

test('npm run dev serves the README’s images from the site too', async () => {
  const root = makeProjectCopy();
  cpSync(fixture, path.join(root, 'readme'), { recursive: true });
  const server = await startDevServer(root, { SITE_SOURCE: 'readme/README.md' });
  try {
    const site = server.url;
    // The screenshot stands under the title, before the first section: on the home page.
    const html = await (await fetch(new URL('', site))).text();
    const src = /<img src="(\/media\/[\da-f]{16}\.png)"/.exec(html)?.[1];
    expect(src, html.slice(0, 500)).toBeDefined();
    const image = await fetch(new URL(src!, site));
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await image.arrayBuffer()).equals(readFileSync(path.join(fixture, 'images/screenshot.png')))).toBe(true);
  } finally {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  }
}, 120_000);
