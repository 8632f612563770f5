// Exact budgets for what a first visit downloads, everything included, as hosts send it (issue 6):
// the median content page at most 16 kB, and no page over 30 kB. Search loads only when used, so it is
// not part of any page's first visit, the search page's included.
import { describe, expect, it } from 'vitest';
import { median } from '../../bench/stats.ts';
import { listPages, useSitesInBrowser } from './built-site.ts';
import { isContentPage, measurePageWeights, type PageWeight } from './page-weight.ts';

const medianContentPageBudget = 16_000;
const anyPageBudget = 30_000;

const suite = useSitesInBrowser(['/']);

describe('the weight of a first visit', () => {
  let weights: PageWeight[];
  const measured = async () => (weights ??= await measurePageWeights(suite.browser, suite.site.url('/'), listPages(suite.site.dist('/'))));

  it(`is at most ${medianContentPageBudget} bytes for the median content page`, async () => {
    const content = (await measured()).filter((weight) => isContentPage(weight.page)).map((weight) => weight.total.gzip);
    expect(content.length).toBeGreaterThan(15);
    expect(median(content)).toBeLessThanOrEqual(medianContentPageBudget);
  });

  it(`is at most ${anyPageBudget} bytes for every page, and each has its HTML, CSS and JS`, async () => {
    const over = (await measured()).filter((weight) => weight.total.gzip > anyPageBudget).map((weight) => `${weight.page || 'home'}: ${weight.total.gzip} B`);
    expect(over).toEqual([]);
    for (const weight of weights) {
      expect(weight.html.gzip, weight.page).toBeGreaterThan(500);
      expect(weight.css.gzip, weight.page).toBeGreaterThan(500);
      expect(weight.js.gzip, weight.page).toBeGreaterThan(500);
      // gzip is what travelled: text arrives compressed.
      expect(weight.total.gzip, weight.page).toBeLessThan(weight.total.raw / 2);
    }
  });
});
