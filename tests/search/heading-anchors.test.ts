// A search result under a sub-heading names that heading as the page shows it. Pagefind keeps the words of the
// link control beside each heading ("#", and "Link to: …" for screen readers) out of the index, but not out of
// the text it records for the heading's anchor, so the build gives it the pages without those controls.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSearch } from '../../scripts/emit/index-search.ts';
import { openSearchBundle } from '../../scripts/emit/search-bundle.ts';
import { parseArticle } from '../../scripts/parse/parse-article.ts';
import { renderTopic } from '../../scripts/render/render-topic.ts';
import { pageSections } from '../../src/utils/search-sections.ts';
import { articleOf, defaultOutline } from '../pipeline/helpers.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const article = `# Caring for tomatoes

Tomatoes are easy when you know a few rules about light, water and support.

## Watering

Water deeply twice a week rather than a little every day.

### Watering in a heatwave

In a heatwave, water in the early morning so the roots drink before the sun is high.

- Check the soil with a finger before each watering.
`;

describe('the anchors Pagefind records for headings and list items', () => {
  it('are their text alone, without the "#" or the hidden "Link to" of their link controls', async () => {
    const topics = defaultOutline(parseArticle(await articleOf(article, 'tomatoes.md'))).map((topic) => renderTopic(topic, 'en'));
    const watering = topics.find((topic) => topic.frontmatter.slug === 'watering')!;
    const body = toHtml(watering.body);
    // The controls are on the built page: the test would pass for nothing without them.
    expect(body).toMatch(/<a class="anchor-link"[^>]*>.*Link to: Watering in a heatwave/);

    const dist = mkdtempSync(path.join(tmpdir(), 'unfold-anchors-'));
    folders.push(dist);
    mkdirSync(path.join(dist, 'watering'));
    writeFileSync(path.join(dist, 'watering', 'index.html'), `<!doctype html><html lang="en"><head><title>Watering</title></head><body><main data-pagefind-body><h1 id="top">Watering</h1>${body}</main></body></html>`);
    await indexSearch(dist, 'en');
    const search = await openSearchBundle(path.join(dist, 'pagefind'), { language: 'en' });
    const [result] = (await search.search('heatwave'))!.results;
    const data = await result!.data();

    expect(data.anchors.filter((anchor) => /^h\d$/.test(anchor.element)).map((anchor) => anchor.text)).toEqual(['Watering', 'Watering in a heatwave']);
    expect(data.anchors.find((anchor) => anchor.element === 'li')?.text).toBe('Check the soil with a finger before each watering.');
    expect(JSON.stringify(data.anchors)).not.toMatch(/Link to|#/);
    const sections = pageSections(data, ['heatwave']);
    expect(sections.map((section) => section.heading)).toContain('Watering in a heatwave');
  });
});
