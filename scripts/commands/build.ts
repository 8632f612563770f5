// `npm run build`: builds dist/ from the article. Each step is a line; a failure leaves the previous
// generated content and dist/ exactly as they were.
import '../lib/astro-process.ts';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroUserConfig } from 'astro';
import { swapFolder, writeStagingFolder, generatedFiles } from '../emit/emit-topics.ts';
import { distStagingDir, generatedContentDir, keptCardsDir } from '../emit/generated-paths.ts';
import { reportInputError } from '../lib/unfold-error.ts';
import { loadSearchCheck, startSearchIndex, type SearchIndexer } from '../emit/index-search.ts';
import { runPipeline } from '../run-pipeline.ts';
import { hasWordsFor } from '../../src/i18n/words.ts';
import { headersFile } from '../emit/security-policy.ts';
import { buildSiteData } from '../emit/site-data.ts';
import { hasMdxPages } from '../../src/loaders/mdx-pages.ts';
import { storeConfig, warnLogger, writeContentStore } from '../emit/content-store.ts';
import { writeSocialCards } from '../emit/social-cards.ts';
import { drawCardsAhead } from '../emit/social-cards-ahead.ts';
import { expectedCards } from '../emit/expected-cards.ts';
import { astroBuild } from '../lib/astro-build-worker.ts';
import { undrawnCardLines } from '../emit/pages-without-card.ts';

const root = process.cwd();
const started = performance.now();
/** Seconds each step took; `UNFOLD_TIMINGS=file.json` writes them out for `npm run bench`. */
const timings: Record<string, number> = {};
/** The process's peak resident memory, in bytes, as each step ended: where a build's peak comes from. */
const peakAfter: Record<string, number> = {};
/** Cards drawn while Astro built: the cards step's seconds are for the others only. */
let cardsDrawnAhead = 0;

async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const from = performance.now();
  const value = await run();
  timings[name] = (performance.now() - from) / 1000;
  peakAfter[name] = process.resourceUsage().maxRSS * 1024;
  return value;
}

try {
  // 1. Split the article into topics (read → normalise → correct → parse → outline → lint → render → conserve).
  const result = await step('split', () => runPipeline(root));
  console.log(`unfold: ${result.rendered.length} topics from ${result.sourceFile} in ${timings['split']!.toFixed(2)} s`);
  console.log(`unfold: title "${result.provenance.title.value}" (${result.provenance.title.from})`);
  console.log(`unfold: language ${result.provenance.lang.value} (${result.provenance.lang.from})`);
  console.log(`unfold: all ${result.sentences} sentences of the article are on its pages`);
  if (!hasWordsFor(result.settings.lang)) console.log(`unfold: warning: the site has no words of its own in "${result.settings.lang}": its menus and labels are in English (set lang in content/site.yaml to a language of src/i18n/, or add a table there)`);
  if (result.warnings.length > 0) console.log(`unfold: ${result.warnings.length} content warnings (see them with npm run lint:content)`);

  // 2. Emit the topic files and site data, swapped in whole.
  const siteData = buildSiteData(result);
  const content = await step('emit', () => {
    const staging = path.join(root, `${generatedContentDir}.staging`);
    writeStagingFolder(staging, generatedFiles(result.rendered, siteData, result.media));
    return swapFolder(staging, path.join(root, generatedContentDir));
  });

  /** Pagefind's indexer, its own process: started while Astro builds, closed however the build ends. */
  let searchIndex: SearchIndexer | undefined;
  try {
    // The link-preview cards the home page, hubs and topics will name are drawn on this thread while Astro builds on its own.
    const cardsAhead = drawCardsAhead(expectedCards(siteData, result.rendered.map((topic) => topic.frontmatter)), path.join(root, keptCardsDir));
    // 3. Render the site with Astro into a staging folder.
    await step('astro', async () => {
      // Astro's own sync (a Vite server to load the content config, and types) only for MDX pages, whose
      // glob loader needs it; otherwise this thread writes the content store without it while Astro's
      // thread is still importing (scripts/emit/content-store.ts).
      const sync = hasMdxPages(root);
      if (!sync) await writeContentStore(storeConfig(root, ((await import(pathToFileURL(path.join(root, 'astro.config.mjs')).href)) as { default: AstroUserConfig }).default), warnLogger());
      // Drawing ahead stops when Astro ends, built or failed; what it drew is written only once the pages name it (3b).
      // What the search check (4.) loads at its first use is loaded meanwhile, while this thread waits for Astro's.
      const built = astroBuild.build({ outDir: path.join(root, distStagingDir), sync }).finally(() => void cardsAhead.stop());
      // Pagefind's indexer starts once Astro's thread has been asked to build, so that neither that request nor
      // the search step (4.) waits for it.
      searchIndex = startSearchIndex(result.settings.lang);
      await Promise.all([built, loadSearchCheck().catch(() => undefined)]);
    });
    console.log(`unfold: astro build in ${timings['astro']!.toFixed(2)} s`);
    // 3b. Draw the link-preview card each built page names (taking those drawn ahead), while Pagefind (its own process) indexes the pages (4.).
    // The pages go to Pagefind first, so that it indexes them while this thread lays out the cards.
    const [search, cards] = await Promise.all([
      step('pagefind', () => searchIndex!.index(path.join(root, distStagingDir))),
      step('cards', async () => writeSocialCards(path.join(root, distStagingDir), result.settings, path.join(root, keptCardsDir), await cardsAhead.stop())),
    ]);
    const kept = cards.cards - cards.drawn > 0 ? `, ${cards.cards - cards.drawn} kept from the last build,` : '';
    cardsDrawnAhead = cards.drawnAhead;
    const ahead = cards.drawnAhead > 0 ? `, ${cards.drawnAhead} drawn while Astro built,` : '';
    if (cards.cards > 0) console.log(`unfold: ${cards.cards} link-preview cards for ${cards.pages} pages${kept}${ahead} in ${timings['cards']!.toFixed(2)} s`);
    if (result.settings.socialCards) for (const line of undrawnCardLines(cards.withoutCard)) console.log(`unfold: ${line}`);
    for (const { title, missing } of cards.missingGlyphs) console.log(`unfold: the link-preview font has no letters for “${missing}”, left out of the card of “${title}” (socialCards: false in content/site.yaml turns cards off)`);
    console.log(`unfold: search index of ${search.pages} pages in ${timings['pagefind']!.toFixed(2)} s`);
    // 5. Security headers for hosts that read a `_headers` file; then swap the new site into dist/.
    writeFileSync(path.join(root, distStagingDir, '_headers'), headersFile(result.settings.base));
    swapFolder(path.join(root, distStagingDir), path.join(root, 'dist')).commit();
    content.commit();
  } catch (error) {
    content.rollback();
    throw error;
  } finally {
    await searchIndex?.close();
  }
  // 6. Only a build that succeeded published anything: now the ledger of published links records it.
  if (result.links.changed) {
    const ledger = path.join(root, result.links.file);
    mkdirSync(path.dirname(ledger), { recursive: true });
    writeFileSync(`${ledger}.staging`, result.links.text);
    renameSync(`${ledger}.staging`, ledger);
    console.log(`unfold: recorded the new links in ${result.links.file}`);
  }
  const total = (performance.now() - started) / 1000;
  console.log(`unfold: built dist/ in ${total.toFixed(2)} s`);
  if (process.env['UNFOLD_TIMINGS']) {
    const report = { stages: timings, total, topics: result.rendered.length, cardsDrawnAhead, maxRssBytes: process.resourceUsage().maxRSS * 1024, maxRssBytesAfter: peakAfter };
    writeFileSync(process.env['UNFOLD_TIMINGS'], JSON.stringify(report));
  }
} catch (error) {
  reportInputError(error);
  process.exitCode = 1;
}
