// `npm run build`: builds dist/ from the article. Each step is a line; a failure leaves the previous
// generated content and dist/ exactly as they were.
import path from 'node:path';
import { swapFolder, writeStagingFolder, generatedFiles } from './emit-topics.ts';
import { distStagingDir, generatedContentDir } from './generated-paths.ts';
import { UnfoldError } from './lib/unfold-error.ts';
import { indexSearch } from './index-search.ts';
import { runPipeline } from './run-pipeline.ts';
import { buildSiteData } from './site-data.ts';

const root = process.cwd();
const started = performance.now();
const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(2)} s`;

try {
  // 1. Split the article into topics (read → normalise → correct → parse → outline → lint → render → conserve).
  const result = runPipeline(root);
  console.log(`unfold: ${result.rendered.length} topics from ${result.sourceFile} in ${seconds(started)}`);
  if (result.warnings.length > 0) console.log(`unfold: ${result.warnings.length} content warnings (see them with npm run lint:content)`);

  // 2. Emit the topic files and site data, swapped in whole.
  const staging = path.join(root, `${generatedContentDir}.staging`);
  writeStagingFolder(staging, generatedFiles(result.rendered, buildSiteData(result)));
  const content = swapFolder(staging, path.join(root, generatedContentDir));

  // 3. Render the site with Astro into a staging folder.
  try {
    const astroStarted = performance.now();
    const { build } = await import('astro');
    await build({ root, outDir: path.join(root, distStagingDir), logLevel: 'warn' });
    console.log(`unfold: astro build in ${seconds(astroStarted)}`);
    // 4. Index the built pages for search.
    const search = await indexSearch(path.join(root, distStagingDir), result.settings.lang);
    console.log(`unfold: search index of ${search.pages} pages in ${search.seconds.toFixed(2)} s`);
    // 5. Swap the new site into dist/.
    swapFolder(path.join(root, distStagingDir), path.join(root, 'dist')).commit();
    content.commit();
  } catch (error) {
    content.rollback();
    throw error;
  }
  console.log(`unfold: built dist/ in ${seconds(started)}`);
} catch (error) {
  if (error instanceof UnfoldError) {
    console.error(`unfold: error: ${error.format()}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
