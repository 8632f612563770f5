// A site built from the hostile fixture articles, in a real browser. In plain text every would-be script,
// handler and javascript: link stays text and reads as typed; in Markdown, raw HTML is parsed and cleaned:
// its dangerous parts are gone, its safe structure stays, and nothing runs, on any page or in search results.
// Each page is opened twice: as served, where the CSP must have nothing to refuse, and with the CSP
// bypassed, so that an escaping bug would run instead of being hidden by the policy.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../build/project.ts';
import { listPages, useBuiltSitesInBrowser } from './built-site.ts';
import { newTestContext } from './chromium.ts';

/** Text each article must show literally, somewhere on the site. */
const LITERALS: Record<string, string[]> = {
  'hostile.txt': [
    'A link [x](javascript:alert(1)) that must not run.',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '</li></ul><script>alert(2)</script>',
    '<!-- comment -->',
    'Closers </p></li> in the middle.',
  ],
  'hostile.md': ['Inline and inside a paragraph.', 'An aside stays an aside, and Esc stays a key.'],
};
const SHARED_LITERALS = ['Some {braces} and {props.x} in a sentence.', 'import x from "y"', 'export const a = 1'];
/** The dangerous heading as each site must title its page: as typed in text, without its script in Markdown. */
const HEADING: Record<string, string> = {
  'hostile.txt': '<script>alert(1)</script> in a heading {props.x}',
  'hostile.md': 'in a heading {props.x}',
};
/** A word to search for, and what its results must show: the hostile text comes back into the page there. */
const SEARCH: Record<string, [string, string]> = { 'hostile.txt': ['alert', 'alert(1)'], 'hostile.md': ['braces', '{braces}'] };
const FIXTURES = Object.keys(LITERALS);

const built = useBuiltSitesInBrowser(Object.fromEntries(FIXTURES.map((fixture) => [fixture, { env: { SITE_SOURCE: path.join(repoRoot, 'tests/fixtures/articles', fixture) } }])));

/** What a page ran or holds that it should not; empty when the hostile text stayed text. */
interface Findings {
  ran: string[];
  markup: string[];
}

/**
 * Opens `url` in a fresh context that records dialogs, calls to alert/confirm/prompt, CSP refusals,
 * console errors and uncaught exceptions, runs `act` on the page, and returns what it recorded
 * together with any script, handler or javascript: URL the DOM holds that the site did not put there.
 */
async function inspect(url: string, bypassCSP: boolean, act: (page: Page) => Promise<void> = async () => {}): Promise<Findings & { text: string; title: string }> {
  const context = await newTestContext(built.browser, { bypassCSP });
  const origin = new URL(url).origin;
  await context.route((target) => target.origin !== origin, (route) => route.abort());
  // Through CDP, before any of the page's own code: a hostile script would call these, not the real ones.
  await context.addInitScript(() => {
    const calls: string[] = [];
    Object.defineProperty(window, '__hostileCalls', { value: calls });
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      window[name] = ((...args: unknown[]) => void calls.push(`${name}(${args.map(String).join(', ')})`)) as never;
    }
    addEventListener('securitypolicyviolation', (event) => calls.push(`CSP refused ${event.violatedDirective}: ${event.blockedURI} ${event.sample}`));
  });
  const ran: string[] = [];
  try {
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      ran.push(`dialog ${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') ran.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => ran.push(`uncaught: ${error.message}`));
    const response = await page.goto(url, { waitUntil: 'load' });
    if (response?.status() !== 200) ran.push(`answered ${response?.status()}`);
    await act(page);
    const found = await page.evaluate(() => {
      const elements = [...document.querySelectorAll('*')];
      const scriptBase = new URL('/_astro/', location.origin).href;
      return {
        calls: (window as unknown as { __hostileCalls: string[] }).__hostileCalls,
        markup: [
          ...[...document.scripts].filter((script) => !script.src.startsWith(scriptBase)).map((script) => `script ${script.outerHTML.slice(0, 120)}`),
          ...elements.flatMap((element) =>
            [...element.attributes]
              .filter((attribute) => /^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value.replace(/[\u0000-\u001f]/g, '')))
              .map((attribute) => `<${element.localName} ${attribute.name}="${attribute.value}">`),
          ),
          ...[...document.querySelectorAll('iframe, object, embed, base, meta[http-equiv="refresh" i]')].map((element) => element.outerHTML.slice(0, 120)),
        ],
        text: document.body.innerText,
        title: document.title,
      };
    });
    return { ran: [...ran, ...found.calls], markup: found.markup, text: found.text, title: found.title };
  } finally {
    await context.close();
  }
}

describe.each(FIXTURES)('the site built from %s', (fixture) => {
  const site = () => built.site(fixture);

  it('runs nothing on any page, with the CSP or without it, and holds no foreign script, handler or javascript: URL', async () => {
    const pages = listPages(site().dist);
    expect(pages.length).toBeGreaterThan(3);
    const problems: string[] = [];
    for (const relative of pages) {
      for (const bypassCSP of [false, true]) {
        const url = site().url(relative);
        const { ran, markup } = await inspect(url, bypassCSP);
        problems.push(...[...ran, ...markup].map((problem) => `${url}${bypassCSP ? ' (CSP bypassed)' : ''}: ${problem}`));
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows the hostile text as typed, the dangerous heading in its page title too', async () => {
    const texts: string[] = [];
    const titles: string[] = [];
    for (const relative of listPages(site().dist)) {
      const { text, title } = await inspect(site().url(relative), false);
      texts.push(text);
      titles.push(title);
    }
    const all = texts.join('\n');
    const missing = [...SHARED_LITERALS, ...(LITERALS[fixture] ?? [])].filter((literal) => !all.includes(literal));
    expect(missing, 'text not shown as typed on any page').toEqual([]);
    expect(titles.some((title) => title.includes(HEADING[fixture]!)), titles.join('\n')).toBe(true);
    // Markdown's raw HTML is cleaned: not one of its scripts or handlers shows, as code or as text.
    if (fixture.endsWith('.md')) expect(all).not.toMatch(/alert\(/);
  });

  it('runs nothing from the search results when searching for the hostile text', async () => {
    for (const bypassCSP of [false, true]) {
      const findings = await inspect(site().url(), bypassCSP, async (page) => {
        await page.locator('.search-header #search-input').pressSequentially(SEARCH[fixture]![0]);
        await expect.poll(() => page.locator('.search-header [role="option"]').count()).toBeGreaterThan(0);
        // The excerpts are where the index's copy of the text comes back into the page.
        await expect(page.locator('.search-header .search-results').innerText()).resolves.toContain(SEARCH[fixture]![1]);
      });
      expect([...findings.ran, ...findings.markup], bypassCSP ? 'CSP bypassed' : 'as served').toEqual([]);
    }
  });
});

describe('the site built from hostile.md', () => {
  it('keeps the safe structure of raw HTML as elements: the aside and the key inside it', async () => {
    const context = await newTestContext(built.browser);
    try {
      const page = await context.newPage();
      const found: string[] = [];
      for (const relative of listPages(built.site('hostile.md').dist)) {
        await page.goto(built.site('hostile.md').url(relative));
        found.push(...(await page.locator('main aside kbd').allInnerTexts()));
      }
      expect(found).toEqual(['Esc']);
    } finally {
      await context.close();
    }
  });
});
