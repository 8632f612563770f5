import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchChromium, newTestContext } from './chromium.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

// The page script is a file because the CSP header blocks inline scripts: the inline one
// below exists only to prove that it is blocked.
const SITE: Record<string, string | Uint8Array> = {
  'index.html': `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Harness home</title><script src="app.js"></script></head>
<body>
<h1 id="heading">Hello</h1>
<button id="change" type="button">Change</button>
<script>document.body.dataset.inline = 'ran';</script>
</body>
</html>`,
  'app.js': `window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(event.violatedDirective));
document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('change').addEventListener('click', () => {
    document.getElementById('heading').textContent = 'Clicked';
  });
});`,
  'sub/index.html': '<!doctype html><html lang="en"><head><title>Sub</title></head><body><h1>Sub page</h1></body></html>',
  '404.html': '<!doctype html><html lang="en"><head><title>Not found</title></head><body><h1>Page not found</h1></body></html>',
  '_headers': "/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff\n",
  'data.json': '{"ok":true}',
  'module.wasm': new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]),
  'pagefind/pagefind.en_1a2b.pf_meta': new Uint8Array([1, 2, 3]),
};

const BASES = ['/', '/guide/'];
const workDir = mkdtempSync(path.join(tmpdir(), 'unfold-harness-'));
const siteDir = path.join(workDir, 'site');
const servers = new Map<string, StaticServer>();
let browser: Browser | undefined;

beforeAll(async () => {
  for (const [name, content] of Object.entries(SITE)) {
    mkdirSync(path.dirname(path.join(siteDir, name)), { recursive: true });
    writeFileSync(path.join(siteDir, name), content);
  }
  writeFileSync(path.join(workDir, 'secret.txt'), 'secret');
  for (const base of BASES) servers.set(base, await serveStatic(siteDir, { base }));
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([...servers.values()].map((server) => server.close()));
  rmSync(workDir, { recursive: true, force: true });
}, 30_000);

function siteUrl(base: string, page = ''): string {
  const server = servers.get(base);
  if (!server) throw new Error(`no server for ${base}`);
  return new URL(page, server.url).href;
}

async function withPage<T>(run: (page: Page) => Promise<T>, options: BrowserContextOptions = {}): Promise<T> {
  if (!browser) throw new Error('the browser did not start');
  const context = await newTestContext(browser, options);
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

/** A raw request, so the path reaches the server exactly as written (fetch would normalise it). */
function rawGet(url: string, rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    request({ hostname, port, path: rawPath }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe.each(BASES)('a site served at %s', (base) => {
  it('runs the page script, so clicking the button changes the heading', async () => {
    await withPage(async (page) => {
      const response = await page.goto(siteUrl(base));
      expect(response?.status()).toBe(200);
      await expect(page.title()).resolves.toBe('Harness home');
      await page.click('#change');
      await expect(page.textContent('#heading')).resolves.toBe('Clicked');
    });
  }, 30_000);

  it('answers a missing page with status 404 and the body of 404.html', async () => {
    await withPage(async (page) => {
      const response = await page.goto(siteUrl(base, 'no-such-page/'));
      expect(response?.status()).toBe(404);
      await expect(page.textContent('h1')).resolves.toBe('Page not found');
    });
  }, 30_000);

  it('sends the headers from _headers with pages and assets', async () => {
    await withPage(async (page) => {
      for (const url of [siteUrl(base), siteUrl(base, 'app.js'), siteUrl(base, 'missing')]) {
        const headers = (await page.request.get(url)).headers();
        expect(headers['content-security-policy']).toBe("default-src 'self'");
        expect(headers['x-content-type-options']).toBe('nosniff');
      }
    });
  }, 30_000);

  it('blocks the inline script through the Content-Security-Policy header', async () => {
    await withPage(async (page) => {
      await page.goto(siteUrl(base));
      await expect(page.evaluate(() => document.body.dataset['inline'])).resolves.toBeUndefined();
      const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      expect(violations).toContain('script-src-elem');
    });
  }, 30_000);

  it('serves sub/index.html for sub/ and redirects sub to sub/', async () => {
    await withPage(async (page) => {
      const response = await page.goto(siteUrl(base, 'sub'));
      expect(response?.status()).toBe(200);
      expect(page.url()).toBe(siteUrl(base, 'sub/'));
      await expect(page.textContent('h1')).resolves.toBe('Sub page');
    });
  }, 30_000);

  it('labels files with the content type of their extension and never serves _headers', async () => {
    const expected: Record<string, string> = {
      '': 'text/html; charset=utf-8',
      'app.js': 'text/javascript; charset=utf-8',
      'data.json': 'application/json; charset=utf-8',
      'module.wasm': 'application/wasm',
      'pagefind/pagefind.en_1a2b.pf_meta': 'application/octet-stream',
    };
    for (const [file, type] of Object.entries(expected)) {
      const response = await fetch(siteUrl(base, file));
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toBe(type);
    }
    expect((await fetch(siteUrl(base, '_headers'))).status).toBe(404);
  });

  it('refuses paths that climb out of the site folder', async () => {
    for (const rawPath of [`${base}..%2fsecret.txt`, `${base}%2e%2e/%2e%2e/secret.txt`, `${base}../../secret.txt`]) {
      const { status, body } = await rawGet(siteUrl(base), rawPath);
      expect(status, rawPath).toBeGreaterThanOrEqual(400);
      expect(body, rawPath).not.toContain('secret');
    }
  });
});

it('answers 404 outside the base and redirects the bare base to the base with a slash', async () => {
  const guide = siteUrl('/guide/');
  const outside = await fetch(new URL('/sub/', guide));
  expect(outside.status).toBe(404);
  await expect(outside.text()).resolves.toContain('Page not found');
  const bare = await fetch(new URL('/guide', guide), { redirect: 'manual' });
  expect(bare.status).toBe(301);
  expect(bare.headers.get('location')).toBe('/guide/');
});

// --disable-web-security (in @sparticuz/chromium's args) leaves CSP alone but lets this fetch through.
it('refuses a cross-origin fetch without CORS headers, so web security is on', async () => {
  await withPage(
    async (page) => {
      await page.goto(siteUrl('/'));
      const outcome = await page.evaluate((url) => fetch(url).then(() => 'allowed', () => 'refused'), siteUrl('/guide/'));
      expect(outcome).toBe('refused');
    },
    // Otherwise the CSP's connect-src would refuse it, and the test would prove nothing about CORS.
    { bypassCSP: true },
  );
}, 30_000);

// With --single-process (also in @sparticuz/chromium's args) the second context cannot open a page.
it('keeps the browser running when two contexts are opened and closed one after the other', async () => {
  for (let round = 0; round < 2; round++) {
    await withPage(async (page) => {
      await page.goto(siteUrl('/'));
      await expect(page.textContent('#heading')).resolves.toBe('Hello');
    });
    expect(browser?.isConnected()).toBe(true);
  }
}, 30_000);

describe('launchChromium with a bad CHROME_PATH', () => {
  it('rejects with a message naming the missing file and how to fix it', async () => {
    vi.stubEnv('CHROME_PATH', path.join(workDir, 'no-such-chrome'));
    try {
      await expect(launchChromium()).rejects.toThrow(/CHROME_PATH is set to ".*no-such-chrome", but no file exists there[\s\S]*Fix: set CHROME_PATH/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('rejects with a message naming the file when it is not a browser', async () => {
    const fake = path.join(workDir, 'fake-chrome');
    writeFileSync(fake, '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    vi.stubEnv('CHROME_PATH', fake);
    try {
      await expect(launchChromium()).rejects.toThrow(/fake-chrome \(from CHROME_PATH\) failed to launch[\s\S]*Fix: set CHROME_PATH/);
    } finally {
      vi.unstubAllEnvs();
    }
  }, 30_000);
});
