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

/** How to build one site of a test file: the project as `prepare` leaves it (a setting, a fixture beside it), with `env` (`SITE_SOURCE`…). */
export interface SiteBuild {
  env?: Record<string, string>;
  prepare?: (root: string) => void;
}

/** A site a test file built and serves. */
export interface ServedSite {
  /** The throwaway copy of the project the site was built in. */
  readonly root: string;
  readonly dist: string;
  /** What the build printed. */
  readonly stdout: string;
  /** The absolute URL of `page` (relative, such as `be-reliable/`) on the site's server. */
  url(page?: string): string;
}

/**
 * Builds each site of a test file in a throwaway copy of the project, one after another, serves each and
 * starts Chromium: made before the tests of the file (or of the `describe` it is called in), closed after
 * them. A failed build fails the tests with its output.
 */
export function useBuiltSitesInBrowser<Name extends string>(builds: Record<Name, SiteBuild>): { site(name: Name): ServedSite; readonly browser: Browser } {
  const sites = new Map<Name, ServedSite & { server: StaticServer }>();
  const roots: string[] = [];
  let browser: Browser | undefined;
  beforeAll(async () => {
    for (const [name, build] of Object.entries(builds) as [Name, SiteBuild][]) {
      const root = makeProjectCopy();
      roots.push(root);
      build.prepare?.(root);
      const run = runBuild(root, build.env);
      if (run.status !== 0) throw new Error(`the build of ${build.env?.['SITE_SOURCE'] ?? name} exited with ${run.status}:\n${run.stdout}\n${run.stderr}`);
      const dist = path.join(root, 'dist');
      const server = await serveStatic(dist);
      sites.set(name, { root, dist, stdout: run.stdout, server, url: (page = '') => new URL(page, server.url).href });
    }
    browser = await launchChromium();
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await Promise.all([...sites.values()].map((site) => site.server.close()));
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  }, 30_000);
  return {
    site(name) {
      const site = sites.get(name);
      if (!site) throw new Error(`the site ${name} was not built`);
      return site;
    },
    get browser() {
      if (!browser) throw new Error('the browser did not start');
      return browser;
    },
  };
}

/** One built site and Chromium for a test file (`useBuiltSitesInBrowser` with one site). */
export function useSiteInBrowser(build: SiteBuild = {}): ServedSite & { readonly browser: Browser } {
  const built = useBuiltSitesInBrowser({ site: build });
  return {
    get root() {
      return built.site('site').root;
    },
    get dist() {
      return built.site('site').dist;
    },
    get stdout() {
      return built.site('site').stdout;
    },
    url: (page) => built.site('site').url(page),
    get browser() {
      return built.browser;
    },
  };
}
