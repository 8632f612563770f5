// Node-only edge module: fills Astro's content store for `npm run build` without Astro's sync. That sync
// starts a Vite server to load `src/content.config.ts` through Vite's module runner (transforming it and the
// loaders' modules, about 0.4 s of CPU on 2 cores) and generates TypeScript types that a build never reads.
// Here the same config is imported as Node imports any module, its loaders run with the context Astro
// would give them, and the store is written in Astro's own format, where the build reads it. The build
// writes it on its main thread, before it asks Astro's thread to build: that thread is still importing
// Astro then, and so no longer loads the loaders' Markdown reader nor waits for them.
// `npm run dev` and `astro sync` (npm run typecheck) still use Astro's sync.
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroConfig, AstroIntegrationLogger, AstroUserConfig } from 'astro';
import type { DataStore, LoaderContext, MetaStore } from 'astro/loaders';
import type { ZodType } from 'zod';
import { UnfoldError } from '../lib/unfold-error.ts';

/** The part of Astro's `MutableDataStore` (astro/dist/content/mutable-data-store.js) used here. */
interface AstroDataStore {
  scopedStore(collection: string): DataStore;
  metaStore(collection?: string): MetaStore;
  waitUntilSaveComplete(): Promise<void>;
  writeAssetImports(file: URL): Promise<void>;
  writeModuleImports(file: URL): Promise<void>;
  toString(): string;
}

/** A collection as `defineCollection` returns it. */
interface Collection {
  loader?: unknown;
  schema?: unknown;
}

const astroDir = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'));
/** A module of Astro's that its package does not export, by its file: Astro is pinned, and the build's tests read the site it makes. */
const astroModule = async <T>(file: string): Promise<T> => (await import(pathToFileURL(path.join(astroDir, 'dist', file)).href)) as T;

/** The store's file names, as Astro's content plugin reads them. */
interface StoreFiles {
  DATA_STORE_FILE: string;
  ASSET_IMPORTS_FILE: string;
  MODULES_IMPORTS_FILE: string;
}

/** Writes `text` to `file` whole: a build that stops half-way leaves the last store, never half of one. */
function writeWhole(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

/**
 * Runs every collection's loader of `src/content.config.ts` into a new store and writes it where Astro's
 * build reads it (`cacheDir/data-store.json`), before Astro's build starts (`config` is `storeConfig`'s).
 * The store starts empty each build, so an entry always has the data of this build's schema; a build's own
 * entries take milliseconds to parse.
 */
export async function writeContentStore(config: StoreConfig, logger: LoaderLogger): Promise<number> {
  const [{ MutableDataStore }, files] = await Promise.all([
    astroModule<{ MutableDataStore: new () => AstroDataStore }>('content/mutable-data-store.js'),
    astroModule<StoreFiles>('content/consts.js'),
  ]);
  const { collections } = (await import(new URL('content.config.ts', config.srcDir).href)) as { collections: Record<string, Collection> };
  const store = new MutableDataStore();
  let entries = 0;
  for (const [name, collection] of Object.entries(collections)) {
    const loader = collection.loader as { name: string; load: (context: LoaderContext) => Promise<void> } | undefined;
    const schema = collection.schema as ZodType | undefined;
    if (typeof loader?.load !== 'function' || (schema !== undefined && typeof schema.safeParseAsync !== 'function')) {
      throw new Error(`src/content.config.ts: the collection "${name}" needs a loader object and a zod schema to build without Astro's sync (scripts/emit/content-store.ts)`);
    }
    const scoped = store.scopedStore(name);
    await loader.load({
      collection: name,
      store: scoped,
      meta: store.metaStore(name),
      // The log's methods; its options and destination are Astro's own business.
      logger: logger.fork(loader.name) as AstroIntegrationLogger,
      // The part of Astro's resolved config that a build knows before Astro has resolved it (`storeConfig`).
      config: config as AstroConfig,
      parseData: async ({ id, data, filePath }) => {
        if (!schema) return data;
        const parsed = await schema.safeParseAsync(data);
        if (parsed.success) return parsed.data as typeof data;
        const fields = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(the whole entry)'}: ${issue.message}`).join('; ');
        throw new UnfoldError(filePath ?? 'src/content.config.ts', `the ${name} entry "${id}" does not have the fields its collection needs: ${fields}`, {
          ...(filePath ? { point: { line: 1, column: 1 } } : {}),
          hint: `src/content.config.ts lists the fields of the ${name} collection`,
        });
      },
      renderMarkdown: () => Promise.reject(new Error(`the ${loader.name} loader asked for Astro's Markdown, which the build without Astro's sync does not load`)),
      generateDigest: (data) => createHash('sha256').update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex').slice(0, 16),
    });
    entries += scoped.keys().length;
  }
  // Its debounced save has nothing to write to (no file is given to it): this ends the timer it set.
  await store.waitUntilSaveComplete();
  writeWhole(fileURLToPath(new URL(files.DATA_STORE_FILE, config.cacheDir)), store.toString());
  const dotAstro = new URL('.astro/', config.root);
  mkdirSync(dotAstro, { recursive: true });
  await store.writeAssetImports(new URL(files.ASSET_IMPORTS_FILE, dotAstro));
  await store.writeModuleImports(new URL(files.MODULES_IMPORTS_FILE, dotAstro));
  return entries;
}

/** What of Astro's resolved config the store and the site's loaders read. */
export type StoreConfig = Pick<AstroConfig, 'root' | 'srcDir' | 'cacheDir' | 'base'>;

/** What of Astro's integration logger the loaders use. */
export type LoaderLogger = Pick<AstroIntegrationLogger, 'info' | 'warn' | 'error' | 'debug'> & { fork(label: string): LoaderLogger };

/** A folder of the project as Astro resolves one: absolute, as a file URL ending in `/`. */
function projectDir(root: string, dir: string): URL {
  const resolved = path.resolve(root, dir);
  return pathToFileURL(resolved.endsWith(path.sep) ? resolved : `${resolved}${path.sep}`);
}

/**
 * Astro's resolved `root`, `srcDir`, `cacheDir` and `base` for the project at `root` whose config is
 * `user` (astro.config.mjs's export), as Astro's config schema resolves them
 * (astro/dist/core/config/schemas/relative.js): folders from the root, `base` with a leading slash, and a
 * trailing one as `trailingSlash` asks.
 */
export function storeConfig(root: string, user: Pick<AstroUserConfig, 'srcDir' | 'cacheDir' | 'base' | 'trailingSlash'>): StoreConfig {
  const base = `/${(user.base ?? '/').replace(/^\//, '')}`;
  return {
    root: projectDir(root, '.'),
    srcDir: projectDir(root, user.srcDir ?? './src'),
    cacheDir: projectDir(root, user.cacheDir ?? './node_modules/.astro'),
    base: user.trailingSlash === 'always' ? base.replace(/\/?$/, '/') : user.trailingSlash === 'never' ? base.replace(/(.)\/$/, '$1') : base,
  };
}

/** A loader's warnings and errors, labelled with its name; its info and debug lines go, as the build's log level (warn) drops them. */
export function warnLogger(label = 'content'): LoaderLogger {
  return {
    info: () => undefined,
    debug: () => undefined,
    warn: (message) => console.warn(`[${label}] ${message}`),
    error: (message) => console.error(`[${label}] ${message}`),
    fork: (next) => warnLogger(next),
  };
}
