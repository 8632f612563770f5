// `npm run dev`: the Astro dev server, with the topics rebuilt whenever a file in content/ changes,
// so a writer sees each edit live. An error in the input is printed and the last good topics stay.
import '../lib/astro-process.ts';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AstroIntegration } from 'astro';
import { generatedFiles, syncFolder } from '../emit/emit-topics.ts';
import { generatedContentDir, generatedDir } from '../emit/generated-paths.ts';
import { reportInputError } from '../lib/unfold-error.ts';
import { runPipeline } from '../run-pipeline.ts';
import { buildSiteData } from '../emit/site-data.ts';
import { pagesLoaderName } from '../../src/loaders/pages-loader.ts';
import { topicsLoaderName, type TopicsRefresh } from '../../src/loaders/topics-loader.ts';

const root = process.cwd();

/** Writes the topics the pipeline makes; false when the input is broken and the last good topics stay. */
async function rebuildTopics(): Promise<boolean> {
  try {
    const started = performance.now();
    const result = await runPipeline(root);
    syncFolder(path.join(root, generatedContentDir), generatedFiles(result.rendered, buildSiteData(result), result.media));
    console.log(`unfold: ${result.rendered.length} topics, ${result.warnings.length} content warnings (${Math.round(performance.now() - started)} ms)`);
    return true;
  } catch (error) {
    reportInputError(error);
    return false;
  }
}

/** Astro's way to run a loader again in the dev server, from its latest (re)start. */
let refreshContent: ((options: { loaders: string[]; context: Record<string, unknown> }) => Promise<void>) | undefined;
const refreshHook: AstroIntegration = {
  name: 'unfold-dev-refresh',
  hooks: { 'astro:server:setup': (options) => void (refreshContent = options.refreshContent) },
};

/**
 * Has the loaders read the new topics and pages again. Astro reloads its content config on every change to a
 * `.yaml` file (outline.yaml is one), and a refresh asked for meanwhile is dropped: ask until it runs.
 */
async function refreshLoaders(): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    let loaded = false;
    const context = { onLoaded: () => void (loaded = true) } satisfies TopicsRefresh;
    await refreshContent?.({ loaders: [topicsLoaderName, pagesLoaderName], context });
    if (loaded) return;
    await sleep(5);
  }
  console.error('unfold: the dev server did not reload the topics; restart npm run dev');
}

await rebuildTopics();
const { dev } = await import('astro');
// The generated topics are read by the loader when asked (refreshLoaders), not by Vite's watcher.
const server = await dev({ root, integrations: [refreshHook], vite: { server: { watch: { ignored: [`**/${generatedDir}/**`] } } } });
// Vite's watcher follows files that editors (and git) replace by renaming, which fs.watch loses track of.
const watchedSource = process.env['SITE_SOURCE'];
server.watcher.add([path.join(root, 'content'), ...(watchedSource ? [path.resolve(watchedSource)] : [])]);
let pending: NodeJS.Timeout | undefined;
const contentDir = path.join(root, 'content');
server.watcher.on('all', (_event, file) => {
  if (!file.startsWith(contentDir) && file !== (watchedSource && path.resolve(watchedSource))) return;
  // Editors save in bursts (write, rename, chmod) within a few milliseconds: one rebuild per burst is enough.
  clearTimeout(pending);
  pending = setTimeout(() => {
    void rebuildTopics().then(async (rebuilt) => {
      if (rebuilt) await refreshLoaders();
    });
  }, 15);
});
