// `npm run dev`: the Astro dev server, with the topics rebuilt whenever a file in content/ changes,
// so a writer sees each edit live. An error in the input is printed and the last good topics stay.
import { watch } from 'node:fs';
import path from 'node:path';
import { generatedFiles, syncFolder } from './emit-topics.ts';
import { generatedContentDir } from './generated-paths.ts';
import { UnfoldError } from './lib/unfold-error.ts';
import { runPipeline } from './run-pipeline.ts';
import { buildSiteData } from './site-data.ts';

const root = process.cwd();

function rebuildTopics(): void {
  try {
    const result = runPipeline(root);
    syncFolder(path.join(root, generatedContentDir), generatedFiles(result.rendered, buildSiteData(result)));
    console.log(`unfold: ${result.rendered.length} topics, ${result.warnings.length} content warnings`);
  } catch (error) {
    if (!(error instanceof UnfoldError)) throw error;
    console.error(`unfold: error: ${error.format()}`);
  }
}

rebuildTopics();
let pending: NodeJS.Timeout | undefined;
const watchedSource = process.env['SITE_SOURCE'];
for (const target of [path.join(root, 'content'), ...(watchedSource ? [path.resolve(watchedSource)] : [])]) {
  // Editors save in bursts (write, rename, chmod): one rebuild per burst is enough.
  watch(target, { recursive: true }, () => {
    clearTimeout(pending);
    pending = setTimeout(rebuildTopics, 100);
  });
}
const { dev } = await import('astro');
await dev({ root });
