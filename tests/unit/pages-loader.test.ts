import { describe, expect, it } from 'vitest';
import { renderPage } from '../../src/loaders/pages-loader.ts';

const about = '---\ntitle: About\ndescription: What this is.\n---\n\n## Privacy\n\nNo cookies.\n\n[Browsing safely](/browsing-safely/) explains more.\n\nSee the [source page](/source/).\n';

describe('renderPage (the hand-written pages loader)', () => {
  it('reads the frontmatter, gives headings rehype-slug ids and links to site paths the base', async () => {
    const { data, html } = await renderPage(about, '/guide/');
    expect(data).toEqual({ title: 'About', description: 'What this is.' });
    expect(html).toContain('<h2 id="privacy">Privacy</h2>');
    expect(html).toContain('<a href="/guide/source/">source page</a>');
    expect(html).toContain('<a href="/guide/browsing-safely/">Browsing safely</a> explains more.');
  });

  it('leaves out a paragraph that links to a page the site does not build, and keeps the rest', async () => {
    const { html } = await renderPage(about, '/', ['browsing-safely']);
    expect(html).not.toContain('browsing-safely');
    expect(html).toContain('<p>No cookies.</p>');
    expect(html).toContain('<a href="/source/">source page</a>');
  });

  it('parses HTML written in a page as HTML, as Astro\'s Markdown does', async () => {
    const { html } = await renderPage('Line one<br>line two, <abbr title="Frequently asked questions">FAQ</abbr>.\n', '/');
    expect(html).toBe('<p>Line one<br>line two, <abbr title="Frequently asked questions">FAQ</abbr>.</p>');
  });
});
