import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../scripts/run-pipeline.ts';
import { buildSiteData } from '../../scripts/emit/site-data.ts';
import { fixturePath, makeTempRoot, removeTempRoots, repoRoot, unfoldErrorOf } from './helpers.ts';

afterAll(removeTempRoots);

/** A project whose content/ holds only a short article and this site.yaml. */
function projectWith(siteYaml: string): string {
  return makeTempRoot({ 'content/site.yaml': siteYaml, 'content/article.txt': 'A short article.\n' });
}

describe('buildSiteData', () => {
  it('takes the bundled article’s title, settings, corrections and lint summary from content/', async () => {
    const data = buildSiteData(await runPipeline(repoRoot, {}));
    expect(data.title).toBe('Loving an avoidant partner');
    expect(data.lang).toBe('en');
    expect(data.base).toBe('/');
    expect(data.source).toEqual({ file: 'article.txt', format: 'text', topics: 18, words: expect.any(Number) });
    expect(data.corrections.map((correction) => correction.original)).toContain('specifyCommunicate');
    expect(data.lint.count).toBe(data.lint.warnings.length);
    expect(data.lint.byRule['lost-link']).toBe(5);
    expect(data.terms.length).toBeGreaterThan(10);
  });

  it('gives another article its own title: a Markdown # heading, else its file name', async () => {
    expect(buildSiteData(await runPipeline(repoRoot, { SITE_SOURCE: fixturePath('article.md') })).title).toBe('Growing tomatoes on a balcony');
    const messy = buildSiteData(await runPipeline(repoRoot, { SITE_SOURCE: fixturePath('messy.txt') }));
    expect(messy.title).toBe('Messy');
    expect(messy.description).toBe('');
    expect(messy.corrections).toEqual([]);
    expect(messy.terms).toEqual([]);
  });

  it('applies SITE_BASE and SITE_URL over content/site.yaml', async () => {
    const data = buildSiteData(await runPipeline(repoRoot, { SITE_BASE: 'guide', SITE_URL: 'https://guide.example' }));
    expect(data.base).toBe('/guide/');
    expect(data.url).toBe('https://guide.example');
  });

  it('keeps the quick exit, safety notice and Browsing safely page on unless content/site.yaml says `safety: false`', async () => {
    expect(buildSiteData(await runPipeline(repoRoot, {})).safety).toBe(true);
    expect(buildSiteData(await runPipeline(projectWith('title: A guide\n'), {})).safety).toBe(true);
    expect(buildSiteData(await runPipeline(projectWith('title: A guide\nsafety: false\n'), {})).safety).toBe(false);
    // Like the exit URL, it belongs to the site, not to the article: another article built in the project keeps it.
    const root = projectWith('safety: false\n');
    expect(buildSiteData(await runPipeline(root, { SITE_SOURCE: fixturePath('messy.txt') })).safety).toBe(false);
  });

  it('stops at a `safety` that is not true or false, with its place in content/site.yaml', async () => {
    const error = await unfoldErrorOf(() => runPipeline(projectWith('title: A guide\nsafety: sometimes\n'), {}));
    expect(error.format()).toMatch(/^content\/site\.yaml:2:\d+: .*safety/);
  });
});
