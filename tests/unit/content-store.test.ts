import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroConfig, AstroUserConfig } from 'astro';
import { describe, expect, it } from 'vitest';
import { storeConfig } from '../../scripts/emit/content-store.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** Astro's own resolution of a user config (the function its build calls), the reference `storeConfig` must match. */
async function astroResolved(user: AstroUserConfig): Promise<Pick<AstroConfig, 'root' | 'srcDir' | 'cacheDir' | 'base'>> {
  const { validateConfig } = (await import(pathToFileURL(path.join(root, 'node_modules/astro/dist/core/config/validate.js')).href)) as {
    validateConfig: (config: AstroUserConfig, root: string, command: string) => Promise<AstroConfig>;
  };
  const { root: resolvedRoot, srcDir, cacheDir, base } = await validateConfig(user, root, 'build');
  return { root: resolvedRoot, srcDir, cacheDir, base };
}

const asText = (config: Pick<AstroConfig, 'root' | 'srcDir' | 'cacheDir' | 'base'>) => ({
  root: config.root.href,
  srcDir: config.srcDir.href,
  cacheDir: config.cacheDir.href,
  base: config.base,
});

describe('storeConfig (the content store written before Astro resolves its config)', () => {
  it("resolves the project's own astro.config.mjs as Astro does", async () => {
    const { default: user } = (await import(pathToFileURL(path.join(root, 'astro.config.mjs')).href)) as { default: AstroUserConfig };
    expect(asText(storeConfig(root, user))).toEqual(asText(await astroResolved(user)));
    expect(storeConfig(root, user).cacheDir.href).toBe(pathToFileURL(path.join(root, '.astro/cache/')).href);
  });

  const configs: AstroUserConfig[] = [
    {},
    { base: '/guide/', trailingSlash: 'always' },
    { base: 'guide', trailingSlash: 'always' },
    { base: '/guide/', trailingSlash: 'never' },
    { base: '/', trailingSlash: 'never' },
    { base: 'docs/site/', trailingSlash: 'ignore' },
    { base: '/guide' },
    { srcDir: './source', cacheDir: 'cache' },
    { srcDir: 'app/src/', cacheDir: './.astro/cache/' },
  ];
  it.each(configs.map((config) => [JSON.stringify(config), config] as const))('resolves %s as Astro does', async (_, user) => {
    expect(asText(storeConfig(root, user))).toEqual(asText(await astroResolved(user)));
  });
});
