// Every built page is valid HTML by html-validate's recommended rules. No browser is needed; it lives
// with the browser tests because it checks the same built site a reader gets.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSites, listPages, type BuiltSite } from './built-site.ts';

let site: BuiltSite;

beforeAll(async () => {
  site = await buildSites(['/']);
}, 180_000);

afterAll(async () => {
  await site?.close();
});

it('builds pages that html-validate finds no error in', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // A search-result length hint, not validity: a topic's title is the author's own heading, kept
      // word for word, followed by the site title (WCAG 2.4.2 asks for a descriptive title, not a short one).
      'long-title': 'off',
    },
  });
  const dist = site.dist('/');
  const pages = listPages(dist);
  expect(pages.length).toBeGreaterThan(10);
  const errors: string[] = [];
  for (const page of pages) {
    const file = page.endsWith('.html') ? page : `${page}index.html`;
    const report = await validator.validateString(readFileSync(path.join(dist, file), 'utf8'), file);
    for (const result of report.results) {
      for (const message of result.messages) {
        errors.push(`${file}:${message.line}:${message.column}: ${message.ruleId}: ${message.message}`);
      }
    }
  }
  expect(errors, `html-validate found:\n${errors.join('\n')}`).toEqual([]);
});
