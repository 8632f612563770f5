import { existsSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element } from 'hast';
import JSZip from 'jszip';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, test } from 'vitest';
import { makeWordGuide } from '../fixtures/formats/make-word-document.ts';
import { makeProjectCopy, readPages, repoRoot, runBuild, snapshotFolder } from './project.ts';

const fixture = (name: string) => path.join(repoRoot, 'tests/fixtures/articles', name);

/** A Word document and a zip that is not one, made before the tests that damage or misname them. */
let wordGuide: Uint8Array;
let otherZip: Uint8Array;

describe('npm run build', () => {
  let root: string;
  let dist: string;

  beforeAll(async () => {
    wordGuide = await makeWordGuide({ image: false });
    const zip = new JSZip();
    zip.file('mimetype', 'application/vnd.oasis.opendocument.text');
    zip.file('content.xml', '<office:document-content/>');
    otherZip = await zip.generateAsync({ type: 'uint8array' });
    root = makeProjectCopy();
    dist = path.join(root, 'dist');
    const run = runBuild(root);
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
  });

  test('builds one page per topic of the bundled article, the home and hub pages', () => {
    const pages = readPages(dist);
    const topics = (readFileSync(path.join(root, '.unfold/content/site.json'), 'utf8').match(/"topics": (\d+)/) ?? [])[1];
    expect(Number(topics)).toBe(18);
    for (const page of ['index.html', 'strategies/index.html', 'red-flags/index.html', 'signs/index.html', 'guides/index.html', 'stories/index.html', 'be-prepared-to-leave/index.html', 'signs-of-trauma-bonding/index.html', 'source/index.html', '404.html']) {
      expect(pages.has(page), page).toBe(true);
    }
    const strategies = pages.get('strategies/index.html')!;
    const order = [...strategies.matchAll(/>(\d+)\. /g)].map((match) => Number(match[1]));
    expect(order).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  test('gives "10. Be prepared to leave" the paragraphs about deciding whether to stay or leave', () => {
    const page = readPages(dist).get('be-prepared-to-leave/index.html')!;
    expect(page).toContain('All relationships will go through dysfunctional patterns');
    expect(page).toContain('rather than how things were');
  });

  test('makes each red flag and each sign a linkable item with an id', () => {
    const page = readPages(dist).get('signs-of-trauma-bonding/index.html')!;
    expect(page).toMatch(/<li id="he-didnt-mean-to-it-was">He didn’t mean to, it was my fault\./);
    expect(page).toContain('href="#he-didnt-mean-to-it-was"');
  });

  test('lists the applied corrections on the source page', () => {
    const page = readPages(dist).get('source/index.html')!;
    expect(page).toContain('specifyCommunicate');
    expect(page).toContain('specify. Communicate');
  });

  describe('bad input stops the build and leaves the previous build untouched', () => {
    const cases: [string, (root: string) => Record<string, string>, RegExp][] = [
      ['a missing file', (dir) => ({ SITE_SOURCE: path.join(dir, 'nothing-here.txt') }), /nothing-here\.txt: does not exist/],
      ['an empty file', (dir) => ({ SITE_SOURCE: write(dir, 'empty.txt', '') }), /empty\.txt: is empty/],
      ['only boilerplate', (dir) => ({ SITE_SOURCE: write(dir, 'scrape.txt', 'top of page\n\n\nbottom of page\n') }), /scrape\.txt: has no text besides scraping boilerplate/],
      ['binary data', (dir) => ({ SITE_SOURCE: write(dir, 'data.txt', Buffer.from('header\nPK\u0003\u0004\u0000\u0000 archive\n')) }), /data\.txt:2:3: contains binary data/],
      ['a binary file', (dir) => ({ SITE_SOURCE: write(dir, 'image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])) }), /image\.txt:1:1: is a PNG image, not text/],
      ['a .txt that is a saved web page', (dir) => ({ SITE_SOURCE: write(dir, 'saved.txt', '<!DOCTYPE html>\n<html><body><p>Hi</p></body></html>\n') }), /saved\.txt:1:1: is a web page \(HTML\), not plain text/],
      ['a PDF', (dir) => ({ SITE_SOURCE: write(dir, 'guide.pdf', '%PDF-1.7\n') }), /guide\.pdf: unfold cannot read \.pdf files\n  hint: unfold reads plain text \(\.txt\), Markdown \(\.md\), a web page \(\.html\) or a Word document \(\.docx\)/],
      ['invalid front matter YAML', (dir) => ({ SITE_SOURCE: write(dir, 'bad-yaml.md', '---\ntitle: [unclosed\n---\n\nText.\n') }), /bad-yaml\.md:2:17: invalid YAML in the front matter: .*\n  hint: check the indentation and quoting/],
      ['a Markdown file with only front matter', (dir) => ({ SITE_SOURCE: write(dir, 'only-settings.md', '---\ntitle: Nothing else\n---\n') }), /only-settings\.md:3:1: has front matter but no text after it/],
      ['a web page with no article', (dir) => ({ SITE_SOURCE: write(dir, 'login.html', '<html><body><nav><a href="/">Home</a></nav><form><input name="user"></form></body></html>') }), /login\.html: holds no article that unfold can find/],
      ['a deeply nested web page', (dir) => ({ SITE_SOURCE: write(dir, 'deep.html', `<html><body>${'<div>'.repeat(50_000)}Text${'</div>'.repeat(50_000)}</body></html>`) }), /deep\.html:1:\d+: nests elements more than 400 deep/],
      ['a .docx that is not a zip', (dir) => ({ SITE_SOURCE: write(dir, 'notes.docx', 'plain words') }), /notes\.docx: is not a Word document: a \.docx is a zip file/],
      ['a password-protected .docx', (dir) => ({ SITE_SOURCE: write(dir, 'secret.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])) }), /secret\.docx: is password-protected \(encrypted\)/],
      ['a damaged .docx', (dir) => ({ SITE_SOURCE: write(dir, 'cut.docx', Buffer.from(wordGuide.subarray(0, 3000))) }), /cut\.docx: is a damaged zip file/],
      ['a zip that is not Word', (dir) => ({ SITE_SOURCE: write(dir, 'other.docx', Buffer.from(otherZip)) }), /other\.docx: is a zip file but not a Word document: it has no word\/document\.xml part/],
      ['invalid UTF-8', (dir) => ({ SITE_SOURCE: write(dir, 'latin1.txt', Buffer.from('line one\ncaf\xe9 au lait\n', 'latin1')) }), /latin1\.txt:2:1: is not valid UTF-8/],
    ];
    for (const [name, environment, message] of cases) {
      test(`${name}: a clear error, exit code 1, dist/ and the generated topics unchanged`, () => {
        const before = snapshotFolder(dist);
        const generatedBefore = snapshotFolder(path.join(root, '.unfold/content'));
        const run = runBuild(root, environment(root));
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(message);
        expect(run.stderr).toMatch(/hint: /);
        expect(snapshotFolder(dist)).toEqual(before);
        expect(snapshotFolder(path.join(root, '.unfold/content'))).toEqual(generatedBefore);
      });
    }

    test('an outline anchor that matches nothing names outline.yaml with its line and column', () => {
      const outline = path.join(root, 'content/outline.yaml');
      const original = readFileSync(outline, 'utf8');
      const before = snapshotFolder(dist);
      try {
        writeFileSync(outline, original.replace('at: "2. Be reliable"', 'at: "2. Be unreliable"'));
        const run = runBuild(root);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/content\/outline\.yaml:\d+:\d+: "2\. Be unreliable" matches no block of the article/);
        expect(snapshotFolder(dist)).toEqual(before);
      } finally {
        writeFileSync(outline, original);
      }
    });

    test('a hand-written page without a field its collection needs names the page', () => {
      const page = path.join(root, 'content/pages/about.md');
      const original = readFileSync(page, 'utf8');
      const before = snapshotFolder(dist);
      const generatedBefore = snapshotFolder(path.join(root, '.unfold/content'));
      try {
        writeFileSync(page, original.replace(/^description: .*\n/m, ''));
        const run = runBuild(root);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/unfold: error: content\/pages\/about\.md:1:1: the pages entry "about" does not have the fields its collection needs: description: /);
        expect(run.stderr).toMatch(/hint: src\/content\.config\.ts lists the fields of the pages collection/);
        expect(snapshotFolder(dist)).toEqual(before);
        expect(snapshotFolder(path.join(root, '.unfold/content'))).toEqual(generatedBefore);
      } finally {
        writeFileSync(page, original);
      }
    });
  });

  test('a failure inside Astro leaves dist/ and the previous generated topics as they were', () => {
    const broken = path.join(root, 'src/pages/broken.astro');
    const before = snapshotFolder(dist);
    const generatedBefore = snapshotFolder(path.join(root, '.unfold/content'));
    try {
      writeFileSync(broken, '---\nthrow new Error("a page that cannot render");\n---\n');
      const run = runBuild(root, { SITE_SOURCE: fixture('messy.txt') });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain('a page that cannot render');
      expect(snapshotFolder(dist)).toEqual(before);
      expect(snapshotFolder(path.join(root, '.unfold/content'))).toEqual(generatedBefore);
      // Nothing was published, so nothing is recorded in a ledger of published links.
      expect(existsSync(path.join(root, 'content/published-links/messy.yaml'))).toBe(false);
    } finally {
      rmSync(broken);
    }
  });

  test('builds another article with SITE_SOURCE and no outline: hostile text renders literally', () => {
    const other = makeProjectCopy();
    const run = runBuild(other, { SITE_SOURCE: fixture('hostile.txt') });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const pages = [...readPages(path.join(other, 'dist')).values()].map((html) => fromHtml(html));
    const elements: Element[] = [];
    for (const tree of pages) visit(tree, 'element', (element) => void elements.push(element));
    // The text is shown as written…
    expect(pages.map((tree) => toText(tree)).join('\n')).toContain('<script>alert(1)</script>');
    // …and nothing of it became markup: no script of its own, no event handler, no javascript: link, no image.
    const scripts = elements.filter((element) => element.tagName === 'script').map((element) => toText(element));
    expect(scripts.join('\n')).not.toMatch(/alert/);
    expect(elements.filter((element) => element.tagName === 'img')).toEqual([]);
    expect(elements.flatMap((element) => Object.keys(element.properties)).filter((name) => /^on/i.test(name))).toEqual([]);
    expect(elements.filter((element) => String(element.properties['href'] ?? '').startsWith('javascript:'))).toEqual([]);
    rmSync(other, { recursive: true, force: true });
  });

  test('keeps a Markdown article\'s links between its parts working across pages, and lists backlinks', () => {
    const other = makeProjectCopy();
    const article = write(other, 'linked.md', '# Linked\n\nIntro.\n\n## First\n\nSee [the second part](#second).\n\n## Second\n\nMore.\n');
    const run = runBuild(other, { SITE_SOURCE: article, SITE_BASE: '/guide/' });
    expect(run.status, run.stderr).toBe(0);
    const pages = readPages(path.join(other, 'dist'));
    expect(pages.get('first/index.html')).toContain('<a href="/guide/second/#second">the second part</a>');
    const second = pages.get('second/index.html')!;
    expect(second).toMatch(/<h2 id="backlinks"[^>]*>Mentioned in<\/h2>/);
    expect(second).toContain('href="/guide/first/"');
    rmSync(other, { recursive: true, force: true });
  });

  test('builds under a base path with SITE_BASE: every internal link starts with it', () => {
    const other = makeProjectCopy();
    const run = runBuild(other, { SITE_BASE: '/guide/' });
    expect(run.status).toBe(0);
    const home = readFileSync(path.join(other, 'dist/index.html'), 'utf8');
    const hrefs = [...home.matchAll(/(?:href|src)="([^"#][^"]*)"/g)].map((match) => match[1]!).filter((href) => !/^https?:/.test(href));
    expect(hrefs.length).toBeGreaterThan(20);
    for (const href of hrefs) expect(href).toMatch(/^\/guide\//);
    expect(existsSync(path.join(other, 'dist/be-reliable/index.html'))).toBe(true);
    rmSync(other, { recursive: true, force: true });
  });
});

function write(dir: string, name: string, contents: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, contents);
  return file;
}
