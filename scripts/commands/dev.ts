// `npm run dev`: the Astro dev server, with the topics rebuilt whenever a file in content/ changes,
// so a writer sees each edit live. An error in the input is printed and the last good topics stay.
import path from 'node:path';
import { generatedFiles, syncFolder } from '../emit/emit-topics.ts';
import { generatedContentDir } from '../emit/generated-paths.ts';
import { reportInputError } from '../lib/unfold-error.ts';
import { runPipeline } from '../run-pipeline.ts';
import { buildSiteData } from '../emit/site-data.ts';

const root = process.cwd();

function rebuildTopics(): void {
  try {
    const result = runPipeline(root);
    syncFolder(path.join(root, generatedContentDir), generatedFiles(result.rendered, buildSiteData(result), result.media));
    console.log(`unfold: ${result.rendered.length} topics, ${result.warnings.length} content warnings`);
  } catch (error) {
    reportInputError(error);
  }
}

rebuildTopics();
const { dev } = await import('astro');
const server = await dev({ root });
// Vite's watcher follows files that editors (and git) replace by renaming, which fs.watch loses track of.
const watchedSource = process.env['SITE_SOURCE'];
server.watcher.add([path.join(root, 'content'), ...(watchedSource ? [path.resolve(watchedSource)] : [])]);
let pending: NodeJS.Timeout | undefined;
const contentDir = path.join(root, 'content');
server.watcher.on('all', (_event, file) => {
  if (!file.startsWith(contentDir) && file !== (watchedSource && path.resolve(watchedSource))) return;
  // Editors save in bursts (write, rename, chmod): one rebuild per burst is enough.
  clearTimeout(pending);
  pending = setTimeout(rebuildTopics, 100);
});
