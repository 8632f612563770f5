// Search quality on the bundled article: the queries of queries.ts run against the built index with the
// same query and section logic as the site's search field, and the share that land on the answer.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeHit, searchPages, type SearchAnswer } from '../../src/utils/search-results.ts';
import { openSearchBundle } from '../../scripts/emit/search-bundle.ts';
import { makeProjectCopy, runBuild } from '../build/project.ts';
import { queries, type SearchQuery } from './queries.ts';

/**
 * Shares reached with Snowball's English stop words (scripts/emit/stop-words.ts), so that a regression fails; the
 * issue asked for 90%, 80% and 70% (issue 4, "Quality, measured"). 38 of 39, 38 of 39, 23 of 24 and 19 of 24.
 */
const targets = { articleFirst: 0.97, articleLanding: 0.97, readerTopThree: 0.95, readerFirst: 0.79 };

interface Outcome {
  query: SearchQuery;
  /** Slugs of the first three pages. */
  pages: string[];
  /** The first result's best section link, as `slug#id`. */
  landing: string | undefined;
  fallback: boolean;
}

const slugOf = (url: string) => url.replace(/^\/|\/$/g, '').split('/').at(-1) ?? '';

const outcomes: Outcome[] = [];

beforeAll(async () => {
  const root = makeProjectCopy();
  const run = runBuild(root);
  expect(run.status, run.stderr).toBe(0);
  const search = await openSearchBundle(path.join(root, 'dist', 'pagefind'));
  for (const query of queries) {
    const outcome = await searchPages(search, query.query);
    const answers: SearchAnswer[] = await Promise.all(outcome.hits.slice(0, 3).map((hit) => describeHit(hit)));
    const first = answers[0];
    outcomes.push({
      query,
      pages: answers.map((answer) => slugOf(answer.url)),
      landing: first?.sections[0] ? `${slugOf(first.url)}#${first.sections[0].id ?? ''}` : undefined,
      fallback: outcome.fallback.length > 0,
    });
  }
  printTable(outcomes);
}, 180_000);

const share = (list: Outcome[], test: (outcome: Outcome) => boolean) => list.filter(test).length / list.length;
const answerSlugs = (query: SearchQuery) => [query.slug, ...(query.also ?? []).map((answer) => answer.slug)];
const answerLinks = (query: SearchQuery) => [query, ...(query.also ?? [])].map((answer) => `${answer.slug}#${answer.id}`);
const isFirst = (outcome: Outcome) => outcome.pages[0] !== undefined && answerSlugs(outcome.query).includes(outcome.pages[0]);
const isTopThree = (outcome: Outcome) => outcome.pages.some((slug) => answerSlugs(outcome.query).includes(slug));
const landsOnAnswer = (outcome: Outcome) => outcome.landing !== undefined && answerLinks(outcome.query).includes(outcome.landing);

describe('search quality on the bundled article', () => {
  it('has at least 25 queries in the article’s terms and 15 in readers’ own words', () => {
    expect(queries.filter((query) => query.style === 'article').length).toBeGreaterThanOrEqual(25);
    expect(queries.filter((query) => query.style === 'reader').length).toBeGreaterThanOrEqual(15);
  });

  it(`puts the answering page first for ${targets.articleFirst * 100}% of the queries in the article’s terms`, () => {
    expect(share(byStyle('article'), isFirst)).toBeGreaterThanOrEqual(targets.articleFirst);
  });

  it(`lands the first result’s best link on the answering paragraph or item for ${targets.articleLanding * 100}% of them`, () => {
    expect(share(byStyle('article'), landsOnAnswer)).toBeGreaterThanOrEqual(targets.articleLanding);
  });

  it(`puts an answering page in the first three for ${targets.readerTopThree * 100}% of the queries in readers’ words`, () => {
    expect(share(byStyle('reader'), isTopThree)).toBeGreaterThanOrEqual(targets.readerTopThree);
  });

  it(`puts an answering page first for ${targets.readerFirst * 100}% of the queries in readers’ words`, () => {
    expect(share(byStyle('reader'), isFirst)).toBeGreaterThanOrEqual(targets.readerFirst);
  });
});

function byStyle(style: SearchQuery['style']): Outcome[] {
  return outcomes.filter((outcome) => outcome.query.style === style);
}

/** One line per query, then hit@1, hit@3 and the landing rate per style, and the queries that miss. */
function printTable(list: Outcome[]): void {
  const mark = (ok: boolean) => (ok ? 'yes' : ' - ');
  const lines = ['style    hit@1 hit@3 lands fallback  query → first pages | landing'];
  for (const outcome of list) {
    lines.push(
      `${outcome.query.style.padEnd(8)} ${mark(isFirst(outcome))}   ${mark(isTopThree(outcome))}   ${mark(landsOnAnswer(outcome))}   ${mark(outcome.fallback)}       ` +
        `"${outcome.query.query}" → ${outcome.pages.join(', ') || '(nothing)'} | ${outcome.landing ?? '-'}` +
        (landsOnAnswer(outcome) ? '' : `  (answer: ${outcome.query.slug}#${outcome.query.id})`),
    );
  }
  for (const style of ['article', 'reader'] as const) {
    const ofStyle = list.filter((outcome) => outcome.query.style === style);
    const percent = (test: (outcome: Outcome) => boolean) => `${Math.round(share(ofStyle, test) * 100)}%`;
    lines.push(`${style}: ${ofStyle.length} queries, hit@1 ${percent(isFirst)}, hit@3 ${percent(isTopThree)}, landing ${percent(landsOnAnswer)}`);
    const misses = ofStyle.filter((outcome) => !(style === 'article' ? isFirst(outcome) && landsOnAnswer(outcome) : isTopThree(outcome)));
    lines.push(`  misses: ${misses.map((outcome) => `"${outcome.query.query}"`).join(', ') || 'none'}`);
  }
  console.log(lines.join('\n'));
}
