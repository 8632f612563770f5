// Node-only: the content loader that hands the pipeline's topics to Astro as they are. The pipeline has
// already rendered each topic to HTML with its ids; the loader stores that HTML as the entry's `rendered`
// content, so Astro neither writes nor parses Markdown, and `render(entry)` gives back the pipeline's HTML.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { topicsFile } from '../../scripts/emit/generated-paths.ts';
import type { TopicEntry } from '../../scripts/emit/emit-topics.ts';

/** The loader's name, which `npm run dev` gives `refreshContent` to reload only the topics. */
export const topicsLoaderName = 'unfold-topics';

/** What `npm run dev` passes to `refreshContent`, to learn that the topics were stored. */
export interface TopicsRefresh {
  onLoaded: () => void;
}

/**
 * Loads the topics file the build pipeline wrote (`.unfold/content/topics.json`). A topic whose data and
 * HTML are unchanged keeps its stored entry (same digest), so a dev edit re-stores only the topics it touched.
 */
export function topicsLoader(): Loader {
  return {
    name: topicsLoaderName,
    async load(context) {
      await storeTopics(context);
      (context.refreshContextData as Partial<TopicsRefresh> | undefined)?.onLoaded?.();
    },
  };
}

async function storeTopics({ config, store, parseData, generateDigest, logger }: LoaderContext): Promise<void> {
  const file = fileURLToPath(new URL(topicsFile, config.root));
  // `astro sync` (npm run typecheck) on a fresh clone comes before any build: no topics yet is not an error.
  if (!existsSync(file)) {
    logger.info(`no topics yet: ${topicsFile} is written by npm run build and npm run dev`);
    store.clear();
    return;
  }
  const entries = JSON.parse(readFileSync(file, 'utf8')) as TopicEntry[];
  const ids = new Set<string>();
  for (const { id, data, html } of entries) {
    ids.add(id);
    const digest = generateDigest({ data, html });
    if (store.get(id)?.digest === digest) continue;
    store.set({ id, data: await parseData({ id, data: { ...data } }), digest, rendered: { html } });
  }
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
}
