// Node-only edge module: fills Astro's content store for `npm run build` without Astro's sync. That sync
// starts a Vite server to load `src/content.config.ts` through Vite's module runner (transforming it and the
// loaders' modules, about 0.4 s of CPU on 2 cores) and generates TypeScript types that a build never reads.
// Here the same config is imported as Node imports any module, its loaders run with the context Astro
// would give them, and the store is written in Astro's own format, where the build reads it.
// `npm run dev` and `astro sync` (npm run typecheck) still use Astro's sync.
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
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
 * build reads it (`cacheDir/data-store.json`). The store starts empty each build, so an entry always has
 * the data of this build's schema; a build's own entries take milliseconds to parse.
 */
export async function writeContentStore(config: AstroConfig, logger: AstroIntegrationLogger): Promise<number> {
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
      logger: logger.fork(loader.name),
      config,
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

/** The integration that writes the store once Astro has resolved its config, before the build reads it. */
export function contentStore(): AstroIntegration {
  return {
    name: 'unfold:content-store',
    hooks: { 'astro:config:done': async ({ config, logger }) => void (await writeContentStore(config, logger)) },
  };
}
