import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../scripts/run-pipeline.ts';
import { buildSiteData } from '../../scripts/emit/site-data.ts';
import { fixturePath, repoRoot } from './helpers.ts';

describe('buildSiteData', () => {
  it('takes the bundled article’s title, settings, corrections and lint summary from content/', () => {
    const data = buildSiteData(runPipeline(repoRoot, {}));
    expect(data.title).toBe('Loving an avoidant partner');
    expect(data.lang).toBe('en');
    expect(data.base).toBe('/');
    expect(data.source).toEqual({ file: 'content/article.txt', format: 'text', topics: 18, words: expect.any(Number) });
    expect(data.corrections.map((correction) => correction.original)).toContain('specifyCommunicate');
    expect(data.lint.count).toBe(data.lint.warnings.length);
    expect(data.lint.byRule['lost-link']).toBe(5);
    expect(data.terms.length).toBeGreaterThan(10);
  });

  it('gives another article its own title: a Markdown # heading, else its file name', () => {
    expect(buildSiteData(runPipeline(repoRoot, { SITE_SOURCE: fixturePath('article.md') })).title).toBe('Growing tomatoes on a balcony');
    const messy = buildSiteData(runPipeline(repoRoot, { SITE_SOURCE: fixturePath('messy.txt') }));
    expect(messy.title).toBe('Messy');
    expect(messy.description).toBe('');
    expect(messy.corrections).toEqual([]);
    expect(messy.terms).toEqual([]);
  });

  it('applies SITE_BASE and SITE_URL over content/site.yaml', () => {
    const data = buildSiteData(runPipeline(repoRoot, { SITE_BASE: 'guide', SITE_URL: 'https://guide.example' }));
    expect(data.base).toBe('/guide/');
    expect(data.url).toBe('https://guide.example');
  });
});
