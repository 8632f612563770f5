// The quick exit leaves for a page in the site's language unless content/site.yaml names one.
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSiteData } from '../../scripts/emit/site-data.ts';
import { runPipeline } from '../../scripts/run-pipeline.ts';
import { makeTempRoot, removeTempRoots, repoRoot } from './helpers.ts';

afterAll(removeTempRoots);

const frenchArticle = fileURLToPath(new URL('../fixtures/translate-a/jardin-d-hiver.md', import.meta.url));

describe('the quick exit\'s destination', () => {
  it('is BBC Weather for the bundled English article, which content/site.yaml no longer sets', async () => {
    expect(buildSiteData(await runPipeline(repoRoot, {})).exitUrl).toBe('https://www.bbc.co.uk/weather');
  });

  it('is a French weather page for a French article given with SITE_SOURCE', async () => {
    const data = buildSiteData(await runPipeline(repoRoot, { SITE_SOURCE: frenchArticle }));
    expect(data.lang).toBe('fr');
    expect(data.exitUrl).toBe('https://meteofrance.com/');
  });

  it('follows `lang` in content/site.yaml, and `exitUrl` there wins over any language', async () => {
    const german = makeTempRoot({ 'content/site.yaml': 'lang: de-AT\n', 'content/article.txt': 'Ein kurzer Artikel.\n' });
    expect(buildSiteData(await runPipeline(german, {})).exitUrl).toBe('https://www.wetter.com/');
    const chosen = makeTempRoot({ 'content/site.yaml': 'lang: de\nexitUrl: https://example.com/news\n', 'content/article.txt': 'Ein kurzer Artikel.\n' });
    expect(buildSiteData(await runPipeline(chosen, {})).exitUrl).toBe('https://example.com/news');
    expect(buildSiteData(await runPipeline(chosen, { SITE_SOURCE: frenchArticle })).exitUrl).toBe('https://example.com/news');
  });
});
