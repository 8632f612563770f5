// Builds the real site once per base in a throwaway copy and serves each dist/ as a host would,
// so browser tests never read the working tree's dist/.
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { makeProjectCopy, runBuild } from '../build/project.ts';
import { launchChromium } from './chromium.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface BuiltSite {
  /** The dist/ folder of the build for `base`. */
  dist(base: string): string;
  /** The absolute URL of `page` (relative, such as `be-reliable/`) on the server for `base`. */
  url(base: string, page?: string): string;
  close(): Promise<void>;
}

/** Builds the bundled article for each base, serves each build, and fails with the build's output if one fails. */
export async function buildSites(bases: string[]): Promise<BuiltSite> {
  const roots = new Map<string, string>();
  const servers = new Map<string, StaticServer>();
  const lookup = <T>(map: Map<string, T>, base: string): T => {
    const value = map.get(base);
    if (value === undefined) throw new Error(`no site was built for the base ${base}`);
    return value;
  };
  const site: BuiltSite = {
    dist: (base) => path.join(lookup(roots, base), 'dist'),
    url: (base, page = '') => new URL(page, lookup(servers, base).url).href,
    async close() {
      await Promise.all([...servers.values()].map((server) => server.close()));
      for (const root of roots.values()) rmSync(root, { recursive: true, force: true });
    },
  };
  try {
    for (const base of bases) {
      const root = makeProjectCopy();
      roots.set(base, root);
      const run = runBuild(root, { SITE_BASE: base });
      if (run.status !== 0) throw new Error(`the build for base ${base} exited with ${run.status}:\n${run.stdout}\n${run.stderr}`);
      servers.set(base, await serveStatic(path.join(root, 'dist'), { base }));
    }
  } catch (error) {
    await site.close();
    throw error;
  }
  return site;
}

/** Every page of a build, as the path a reader requests (`''` for home, `be-reliable/`, `404.html`). */
export function listPages(dist: string): string[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.split(path.sep).join('/').replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** The page whose HTML file is the largest: the one most likely to overflow a small screen. */
export function longestPage(dist: string): string {
  const sizes = listPages(dist).map((page) => ({
    page,
    size: statSync(path.join(dist, page.endsWith('.html') ? page : `${page}index.html`)).size,
  }));
  return sizes.sort((a, b) => b.size - a.size)[0]?.page ?? '';
}

/** The built sites and one Chromium for a test file: made before its tests, closed after them. */
export function useSitesInBrowser(bases: string[]): { readonly site: BuiltSite; readonly browser: Browser } {
  let site: BuiltSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await buildSites(bases);
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  }, 30_000);
  return {
    get site() {
      if (!site) throw new Error('the sites were not built');
      return site;
    },
    get browser() {
      if (!browser) throw new Error('the browser did not start');
      return browser;
    },
  };
}

/** One site of a test file, built from the project as `prepare` leaves it, with `env` (`SITE_SOURCE`…). */
export interface SiteInBrowser {
  /** The throwaway copy of the project the site was built in. */
  readonly root: string;
  readonly dist: string;
  /** What the build printed. */
  readonly stdout: string;
  /** The absolute URL of `page` (relative, such as `be-reliable/`) on the site's server. */
  url(page?: string): string;
  readonly browser: Browser;
}

/**
 * Builds one site for a test file in a throwaway copy of the project, serves it and starts Chromium: made
 * before the tests of the file (or of the `describe` it is called in), closed after them. A failed build
 * fails the tests with its output. `prepare` changes the copy first (a setting, a fixture beside it).
 */
export function useSiteInBrowser(options: { env?: Record<string, string>; prepare?: (root: string) => void } = {}): SiteInBrowser {
  let built: { root: string; stdout: string; server: StaticServer } | undefined;
  let root: string | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    root = makeProjectCopy();
    options.prepare?.(root);
    const run = runBuild(root, options.env);
    if (run.status !== 0) throw new Error(`the build${options.env?.['SITE_SOURCE'] ? ` of ${options.env['SITE_SOURCE']}` : ''} exited with ${run.status}:\n${run.stdout}\n${run.stderr}`);
    built = { root, stdout: run.stdout, server: await serveStatic(path.join(root, 'dist')) };
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await built?.server.close();
    if (root) rmSync(root, { recursive: true, force: true });
  }, 30_000);
  const site = () => {
    if (!built) throw new Error('the site was not built');
    return built;
  };
  return {
    get root() {
      return site().root;
    },
    get dist() {
      return path.join(site().root, 'dist');
    },
    get stdout() {
      return site().stdout;
    },
    url: (page = '') => new URL(page, site().server.url).href,
    get browser() {
      if (!browser) throw new Error('the browser did not start');
      return browser;
    },
  };
}
