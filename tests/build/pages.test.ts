// Hand-written pages: Markdown through the site's pages loader, MDX (with the site's components) through Astro.
import { writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { makeProjectCopy, readPages, runBuild } from './project.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** Builds a project copy under `/guide/`, after `prepare` has changed its content. */
function buildCopy(prepare: (root: string) => void = () => {}): Map<string, string> {
  const root = makeProjectCopy();
  roots.push(root);
  prepare(root);
  const run = runBuild(root, { SITE_BASE: '/guide/' });
  expect(run.status, run.stderr).toBe(0);
  return readPages(path.join(root, 'dist'));
}

describe('hand-written pages in content/pages', () => {
  test('a Markdown page gets heading ids, and its links to site paths follow the base', () => {
    const about = buildCopy().get('about/index.html')!;
    expect(about).toContain('<h2 id="where-the-text-comes-from">Where the text comes from</h2>');
    expect(about).toContain('<a href="/guide/source/">source page</a>');
    expect(about).toContain('<a href="/guide/browsing-safely/">Browsing safely</a>');
  });

  test('an MDX page may use the site\'s components, and the Markdown pages beside it render as before', () => {
    const pages = buildCopy((root) =>
      writeFileSync(
        path.join(root, 'content/pages/help.mdx'),
        "---\ntitle: Help\ndescription: Where to find help.\n---\n\nimport SafetyNotice from '../../src/components/SafetyNotice.astro';\n\n## Before you read\n\n<SafetyNotice />\n",
      ),
    );
    const help = pages.get('help/index.html')!;
    expect(help).toContain('<h2 id="before-you-read">Before you read</h2>');
    expect(help).toMatch(/<p class="safety-notice"[^>]*>\s*Worried someone may see what you read\? <a href="\/guide\/browsing-safely\/"/);
    const about = pages.get('about/index.html')!;
    expect(about).toContain('<h2 id="where-the-text-comes-from">Where the text comes from</h2>');
    expect(about).toContain('<a href="/guide/source/">source page</a>');
  });
});
