// Articles as writers hand them over — a README with badges before its title, a Markdown guide with front
// matter and asides, a blog page saved with its cookie banner and comments, a Word document, a Google Docs
// document saved as a web page, a docs site's page with admonitions and MDX, a Pandoc document with heading
// ids and fenced divs, hostile raw HTML — each built with SITE_SOURCE and crawled in Chromium: its
// own title, one page per section, no boilerplate, no request to another origin, no live markup from the
// input, no link through another site's redirect, and no broken link.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../build/project.ts';
import { unwrapRedirect } from '../../scripts/media/redirect-link.ts';
import { makeWordGuide } from '../fixtures/formats/make-word-document.ts';
import { listPages, useBuiltSitesInBrowser } from './built-site.ts';
import { newTestContext } from './chromium.ts';

interface Fixture {
  /** The file to build, in tests/fixtures/formats/ or written by `beforeAll`. */
  file: string;
  title: string;
  lang: string;
  /** The titles of the pages after the home page (the overview), in reading order. */
  pages: string[];
  /** Sentences of the article that must be on some page. */
  sentences: string[];
  /** Words of the input that are not the article's, or must not survive as text. */
  absent: string[];
}

const formats = (name: string) => path.join(repoRoot, 'tests/fixtures/formats', name);
const wordFolder = mkdtempSync(path.join(tmpdir(), 'unfold-word-'));

const FIXTURES: Record<string, Fixture> = {
  'README.md': {
    file: formats('README.md'),
    title: 'Tidy Notes',
    lang: 'en',
    pages: ['Contents', 'Install', 'Quick start', 'Configuration', 'Filing by date', 'Finding duplicates', 'Searching', 'Tags', 'Archiving', 'Upgrading from version 2', 'Contributing', 'Licence'],
    sentences: ['Tidy Notes keeps a folder of plain-text notes in order.', 'Notes older than the archiveAfter setting move to an archive folder.', 'Days before a note moves to the archive.'],
    absent: ['[![', '](https://', '[!NOTE]'],
  },
  'garden-guide.md': {
    file: formats('garden-guide.md'),
    title: "A beginner's guide to composting",
    lang: 'en-GB',
    pages: ['What goes in', 'What stays out', 'Turning the heap', 'When it is ready'],
    sentences: ['Safety first: wear gloves when you turn the heap, and wash your hands afterwards.', 'Greens: vegetable peelings, grass cuttings, coffee grounds.', 'The next best time is today.'],
    absent: ['Sam Rivers', 'layout: post', 'author:', '<aside>'],
  },
  'saved-blog-page.html': {
    file: formats('saved-blog-page.html'),
    title: 'Cómo cuidar un huerto urbano',
    lang: 'es',
    pages: ['Elegir el lugar', 'Qué plantar primero', 'Regar sin desperdiciar agua', 'Prevenir las plagas', 'La primera cosecha'],
    sentences: ['Un huerto urbano no necesita mucho espacio.', 'El huerto de una lectora en Valencia, en su segundo año.', 'Cada dos días, en profundidad'],
    absent: ['Usamos cookies', 'Aceptar todas', 'Compartir', 'Suscríbete', 'Marta', 'Entradas populares', 'Todos los derechos reservados', 'Blog Verde', 'gtag'],
  },
  'guide.docx': {
    file: path.join(wordFolder, 'guide.docx'),
    title: 'Keeping bees in a small garden',
    lang: 'en-GB',
    pages: ['Choosing a spot', 'Your first hive', 'Through the seasons', 'Harvesting honey'],
    sentences: ['Check the rules of your council first: some ask you to register a hive.', 'Smoke keeps the colony calm while you work.', 'Water within a short flight.'],
    absent: ['↑'],
  },
  'google-docs/handbook.html': {
    file: formats('google-docs/handbook.html'),
    title: 'Community garden handbook',
    lang: 'en',
    pages: ['Getting a plot', 'What a plot costs', 'Looking after your plot', 'Getting help'],
    sentences: ['For new plot holders, spring 2026', 'Plots are given out in March.', 'Sow peas and beans', 'The agreement is two pages long; you sign it when you get your key.'],
    absent: ['googleusercontent', 'font-size', 'Handbook'],
  },
  'docusaurus/installation.md': {
    file: formats('docusaurus/installation.md'),
    title: 'Installation',
    lang: 'en',
    pages: ['Requirements', 'Install the package', 'Check the install'],
    sentences: ['You need Node.js 18 or later.', 'Use a version manager', 'Install Tidy with Yarn.', 'Anyone with the key can change your notes.', 'The inner note is the last word.'],
    // The site's page of checks quotes each MDX line left out; the second import line and the code are quoted nowhere.
    absent: [':::', "import TabItem from '@theme/TabItem'", 'backgroundColor', '</TabItem>'],
  },
  'pandoc/houseplants.md': {
    file: formats('pandoc/houseplants.md'),
    title: 'Caring for houseplants',
    lang: 'en-GB',
    pages: ['Watering', 'Light', 'Repotting'],
    sentences: ['Rain water is best for most plants; tap water left out overnight is fine.', 'A quick check', 'A north window suits ferns and other shade plants.', 'Cacti are the exception.'],
    // The page of checks quotes the one fence left out, `::: {.column-margin}`.
    absent: ['{.callout', '::: warning', '{#', '{.smallcaps}', '{-}', 'Ana Silva'],
  },
  'hostile-html.md': {
    file: formats('hostile-html.md'),
    title: 'Hostile HTML in Markdown',
    lang: 'en',
    pages: ['Safe structure survives'],
    sentences: ['A paragraph with a handler and a style keeps its text.', 'Second holder of the same id.', 'Entities decode inside HTML: & <script> ©.', 'The text inside is kept.'],
    absent: ['taken over', 'display: none', 'Log in', "alert('"],
  },
};

// The Word document is written before the sites are built, and removed after they are closed.
beforeAll(async () => writeFileSync(FIXTURES['guide.docx']!.file, await makeWordGuide()));
afterAll(() => rmSync(wordFolder, { recursive: true, force: true }));
const built = useBuiltSitesInBrowser(Object.fromEntries(Object.entries(FIXTURES).map(([name, fixture]) => [name, { env: { SITE_SOURCE: fixture.file } }])));

/** What a page shows and holds, after its scripts ran. */
interface PageReport {
  title: string;
  lang: string;
  h1: string;
  text: string;
  links: { href: string; raw: string }[];
  ids: string[];
  /** Scripts, handlers, javascript: URLs, frames and forms the site did not put there. */
  markup: string[];
}

describe.each(Object.keys(FIXTURES))('the site built from %s', (name) => {
  const fixture = FIXTURES[name]!;
  const site = () => built.site(name);
  const reports = new Map<string, PageReport>();
  const problems: string[] = [];

  beforeAll(async () => {
    const origin = new URL(site().url()).origin;
    for (const relative of listPages(site().dist)) {
      const context = await newTestContext(built.browser);
      await context.route((url) => url.origin !== origin, (route) => route.abort());
      const page = await context.newPage();
      const url = site().url(relative);
      page.on('request', (request) => {
        if (new URL(request.url()).origin !== origin) problems.push(`${url}: requested another origin: ${request.url()}`);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${url}: console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${url}: uncaught: ${error.message}`));
      const response = await page.goto(url, { waitUntil: 'load' });
      if (response?.status() !== 200 && relative !== '404.html') problems.push(`${url}: answered ${response?.status()}`);
      reports.set(
        relative,
        await page.evaluate(() => {
          const scriptBase = new URL('/_astro/', location.origin).href;
          return {
            title: document.title,
            lang: document.documentElement.lang,
            h1: document.querySelector('h1')?.textContent?.trim() ?? '',
            // textContent too: a closed <details> keeps its text out of innerText.
            text: `${document.body.innerText}\n${document.body.textContent}`,
            links: [...document.querySelectorAll('a[href]')].map((link) => ({ href: (link as HTMLAnchorElement).href, raw: link.getAttribute('href') ?? '' })),
            ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
            markup: [
              ...[...document.scripts].filter((script) => !script.src.startsWith(scriptBase)).map((script) => `script ${script.outerHTML.slice(0, 100)}`),
              ...[...document.querySelectorAll('*')].flatMap((element) =>
                [...element.attributes]
                  .filter((attribute) => /^on/i.test(attribute.name) || /^\s*(javascript|data):/i.test(attribute.value) && attribute.name !== 'content')
                  .map((attribute) => `<${element.localName} ${attribute.name}="${attribute.value.slice(0, 60)}">`),
              ),
              ...[...document.querySelectorAll('base, meta[http-equiv="refresh" i], link[rel="stylesheet"][href*="//"]')].map((element) => element.outerHTML.slice(0, 100)),
              ...[...document.querySelectorAll('.topic-body :is(iframe, object, embed, form, style, [style])')].map((element) => element.outerHTML.slice(0, 100)),
            ],
          };
        }),
      );
      await context.close();
    }
  }, 300_000);

  it('has the document’s own title and language', () => {
    expect(reports.get('')?.title).toBe(fixture.title);
    expect(reports.get('')?.lang).toBe(fixture.lang);
    expect(site().stdout).toContain(`unfold: title "${fixture.title}"`);
  });

  it('makes one page per section, titled by its heading', () => {
    const topicPages = [...reports.entries()].filter(([relative]) => !/^(|404\.html|search\/|source\/|terms\/|about\/|browsing-safely\/|strategies\/|guides\/|red-flags\/|signs\/|stories\/)$/.test(relative));
    expect(topicPages.map(([, report]) => report.h1).sort()).toEqual([...fixture.pages].sort());
  });

  it('shows every sentence checked, and nothing of the boilerplate or markup around the article', () => {
    const all = [...reports.values()].map((report) => report.text).join('\n');
    for (const sentence of fixture.sentences) expect(all, sentence).toContain(sentence);
    expect(Number(/unfold: all (\d+) sentences of the article are on its pages/.exec(site().stdout)?.[1])).toBeGreaterThan(fixture.sentences.length);
    for (const absent of fixture.absent) expect(all, absent).not.toContain(absent);
  });

  it('requests nothing from another origin, logs no error, and holds no live markup from the input', () => {
    expect(problems).toEqual([]);
    expect([...reports.entries()].flatMap(([relative, report]) => report.markup.map((markup) => `${relative}: ${markup}`))).toEqual([]);
  });

  it('links to no address through another site\'s redirect', () => {
    const redirects = [...reports.entries()].flatMap(([relative, report]) => report.links.filter((link) => unwrapRedirect(link.href)).map((link) => `${relative}: ${link.raw}`));
    expect(redirects).toEqual([]);
  });

  it('links only to pages, files and #fragments that exist', () => {
    const origin = new URL(site().url()).origin;
    const files = new Set((readdirSync(site().dist, { recursive: true }) as string[]).filter((file) => statSync(path.join(site().dist, file)).isFile()).map((file) => `/${file.split(path.sep).join('/')}`));
    const idsByPath = new Map([...reports.entries()].map(([relative, report]) => [new URL(site().url(relative)).pathname, new Set(report.ids)]));
    const broken: string[] = [];
    let checked = 0;
    for (const [relative, report] of reports) {
      for (const { href, raw } of report.links) {
        const target = new URL(href);
        if (target.origin !== origin) continue;
        checked++;
        const ids = idsByPath.get(target.pathname);
        if (!ids && !files.has(target.pathname)) broken.push(`${relative}: ${raw} is not a page or file of the site`);
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment !== '' && ids && !ids.has(fragment)) broken.push(`${relative}: ${raw}: no #${fragment} there`);
      }
    }
    expect(checked).toBeGreaterThan(reports.size * 5);
    expect(broken).toEqual([]);
    // The figures for the closing note of issue 10.
    const warnings = /unfold: (\d+) content warnings/.exec(site().stdout)?.[1] ?? '0';
    const sentences = /unfold: all (\d+) sentences/.exec(site().stdout)?.[1];
    console.log(`${name}: ${reports.size} pages, ${sentences} sentences kept, ${checked} internal links checked, ${warnings} warnings`);
  });
});
