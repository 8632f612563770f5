// A new user's article in a language the site has no words for, with nothing that names it: the build
// detects it, marks the pages with it, indexes the search in it, and says plainly that the site's own
// words stay English and which setting changes the language. (A French article, which the site has words
// for, is built by tests/browser/search-languages.test.ts, which searches it.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeProjectCopy, repoRoot, runBuild, type BuildRun } from './project.ts';

describe('SITE_SOURCE=<a Russian .md without front matter> npm run build', () => {
  let root: string;
  let run: BuildRun;

  beforeAll(() => {
    root = makeProjectCopy();
    run = runBuild(root, { SITE_SOURCE: path.join(repoRoot, 'tests/fixtures/search-lang/ru/otstranennyi-partner.md') });
  }, 180_000);

  it('builds, detecting the language from the text and printing where it came from', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('unfold: language ru (detected)');
  });

  it('warns that the pages’ own words stay English, naming the setting to change', () => {
    expect(run.stdout).toMatch(/unfold: warning: the site has no words of its own in "ru": its menus and labels are in English \(set lang in content\/site\.yaml/);
  });

  it('marks the pages and the search index with the detected language, and ships no stop words of another', () => {
    const home = readFileSync(path.join(root, 'dist', 'index.html'), 'utf8');
    expect(home).toMatch(/<html lang="ru"/);
    const entry = JSON.parse(readFileSync(path.join(root, 'dist', 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(['ru']);
    const stopWords = JSON.parse(readFileSync(path.join(root, 'dist', 'pagefind', 'stop-words.json'), 'utf8')) as string[];
    expect(stopWords).toContain('когда');
    expect(stopWords).not.toContain('the');
  });
});
