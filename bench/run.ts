// `npm run bench`: build time per step and beside stock Starlight, the dev server's edit latency, build time
// at scale, page weight, search cost, and what Astro and Pagefind cost by themselves. Prints a table and
// writes bench/results/bench.json and bench/results/scaling.svg. Figures, not pass/fail: the machines are
// noisy, so builds run in alternating pairs.
// BENCH_RUNS and BENCH_SCALES change the number of runs and the scales; BENCH_ONLY=scale runs the scale part alone;
// BENCH_ONLY=floor runs what the stack costs by itself (5.) alone, with the builds of ours it needs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { keptCardsDir } from '../scripts/emit/generated-paths.ts';
import { writeSocialCards } from '../scripts/emit/social-cards.ts';
import { loadSettings } from '../scripts/load-settings.ts';
import { runPipeline } from '../scripts/run-pipeline.ts';
import { listPages } from '../tests/browser/built-site.ts';
import { launchChromium } from '../tests/browser/chromium.ts';
import { isContentPage, measurePageWeights, resourceKinds, type Bytes, type PageWeight } from '../tests/browser/page-weight.ts';
import { serveStatic } from '../tests/browser/static-server.ts';
import { buildEnvironment, makeProjectCopy, runBuild } from '../tests/build/project.ts';
import { makeLargeArticle } from '../tests/fixtures/make-large-article.ts';
import { measureDevEdits } from './dev-latency.ts';
import { makeLargeWebPage } from '../tests/fixtures/formats/make-large-web-page.ts';
import { makeWordGuide } from '../tests/fixtures/formats/make-word-document.ts';
import type { ReadTimings } from './read-once.ts';
import { measureSearch } from './search-cost.ts';
import { measureStackFloor, printStackFloor } from './stack-floor.ts';
import { scalingChart } from './scaling-chart.ts';
import { writeStarlightPages } from './starlight-pages.ts';
import { median } from './stats.ts';

interface BuildTimings {
  stages: Record<string, number>;
  total: number;
  /** User and system CPU time of the whole build process: less sensitive than wall time to other work on the machine. */
  cpuSeconds: number;
  topics: number;
  maxRssBytes: number;
  /** The build's peak memory as each of its steps ended (UNFOLD_TIMINGS). */
  maxRssBytesAfter?: Record<string, number>;
  /** Link-preview cards drawn while Astro built, before the cards step (UNFOLD_TIMINGS). */
  cardsDrawnAhead?: number;
  /** Wall time of the process, from spawn to exit, as the bench measured it. */
  processSeconds: number;
}

const runs = Number(process.env['BENCH_RUNS'] ?? 5);
const scales = (process.env['BENCH_SCALES'] ?? '1,10,50').split(',').map(Number);
const resultsDir = path.join(import.meta.dirname, 'results');
const mib = (bytes: number) => bytes / 1024 / 1024;
const kb = (bytes: number) => bytes / 1000;
/** Articles made for the bench go here: a folder of this run's own, as other runs may share the machine. */
const benchTemp = mkdtempSync(path.join(tmpdir(), 'unfold-bench-'));
/** The built site of the last scale, kept for the stack's floor (5.), which indexes it again. */
const lastScaleDist = path.join(benchTemp, 'last-scale-dist');
const projectRoot = path.dirname(import.meta.dirname);
/** The Node flags of `npm run build`: the reads (1c.) and the stack's floor (5.) run with its compile cache and heap settings. */
const buildNodeFlags = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build
  .split(/\s+/)
  .filter((argument) => argument.startsWith('--'));

/** Both builds are measured the same way: wall time from spawn to exit, CPU time and peak memory at exit. */
const recordCpu = path.join(import.meta.dirname, 'record-cpu.ts');
const cpuFile = path.join(tmpdir(), `unfold-bench-cpu-${process.pid}.json`);
const processUsage = () => JSON.parse(readFileSync(cpuFile, 'utf8')) as { cpuSeconds: number; maxRssBytes: number };
const measured = { NODE_OPTIONS: `--import=${recordCpu}`, BENCH_CPU_FILE: cpuFile };

function timedBuild(root: string, env: Record<string, string> = {}): BuildTimings {
  const timingsFile = path.join(root, 'timings.json');
  const started = performance.now();
  const run = runBuild(root, { ...env, ...measured, UNFOLD_TIMINGS: timingsFile });
  const processSeconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`build failed:\n${run.stderr}`);
  const { stages, total, topics, maxRssBytesAfter, cardsDrawnAhead } = JSON.parse(readFileSync(timingsFile, 'utf8')) as BuildTimings;
  return { stages, total, topics, ...(maxRssBytesAfter ? { maxRssBytesAfter } : {}), cardsDrawnAhead: cardsDrawnAhead ?? 0, ...processUsage(), processSeconds };
}

/** Stock Starlight in bench/starlight/, with its own package.json and lock; installed on first use. */
const starlightRoot = path.join(import.meta.dirname, 'starlight');
async function prepareStarlight(root: string): Promise<number> {
  if (!existsSync(path.join(starlightRoot, 'node_modules'))) {
    console.log('bench: installing Starlight in bench/starlight/ (npm ci)…');
    // npm itself runs on the project's Node 24 (npm run puts node_modules/.bin first on the PATH).
    const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: starlightRoot, encoding: 'utf8', stdio: 'inherit' });
    if (install.status !== 0) throw new Error('npm ci in bench/starlight failed');
  }
  return writeStarlightPages((await runPipeline(root)).topics, path.join(starlightRoot, 'src/content/docs'));
}

/** One `astro build` of the Starlight site, measured like ours. */
function timedStarlightBuild(): { processSeconds: number; cpuSeconds: number; maxRssBytes: number } {
  const started = performance.now();
  // Telemetry off, as in our build (scripts/lib/astro-process.ts): the pair compares building, not a post to Astro's server.
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: starlightRoot, env: { ...buildEnvironment(), ...measured, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
  const processSeconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`the Starlight build failed:\n${run.stderr}`);
  return { processSeconds, ...processUsage() };
}

/** The link-preview cards a build wrote: their sizes, smallest first. */
function cardFiles(dist: string): number[] {
  const dir = path.join(dist, 'cards');
  return existsSync(dir) ? readdirSync(dir).map((name) => statSync(path.join(dir, name)).size).sort((a, b) => a - b) : [];
}

function folderBytes(dir: string): number {
  return (readdirSync(dir, { recursive: true }) as string[]).reduce((sum, name) => {
    const stat = statSync(path.join(dir, name));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);
}

interface ScaleResult {
  factor: number;
  bytes: number;
  topics: number;
  seconds: number;
  splitSeconds: number;
  cards: number;
  /** Of `cards`, those drawn while Astro built: `cardsSeconds` is the cards step, which draws the others. */
  cardsDrawnAhead: number;
  cardsSeconds: number;
  /** Every step's seconds; cards and pagefind run at the same time, so they overlap. */
  stages: Record<string, number>;
  pagesPerSecond: number;
  peakMemoryMiB: number;
  /** The build's peak memory as each step ended: the step where it rises is the one to look at. */
  peakMemoryMiBAfter: Record<string, number>;
  distMiB: number;
  searchIndexMiB: number;
}

/** 4. Scale: the bundled article's sections repeated ×N with unique headings, built once each, each step timed. */
function measureScale(factors = scales) {
  const articleBytes = statSync(path.join(import.meta.dirname, '../content/article.txt')).size;
  const scale = factors.map((factor, index) => {
    const file = path.join(benchTemp, `unfold-bench-x${factor}.txt`);
    writeFileSync(file, makeLargeArticle(articleBytes * factor));
    const copy = makeProjectCopy();
    const build = timedBuild(copy, { SITE_SOURCE: file });
    const result: ScaleResult = {
      factor,
      bytes: statSync(file).size,
      topics: build.topics,
      seconds: build.total,
      splitSeconds: build.stages['split']!,
      cards: cardFiles(path.join(copy, 'dist')).length,
      cardsDrawnAhead: build.cardsDrawnAhead ?? 0,
      cardsSeconds: build.stages['cards']!,
      stages: build.stages,
      pagesPerSecond: build.topics / build.total,
      peakMemoryMiB: mib(build.maxRssBytes),
      peakMemoryMiBAfter: Object.fromEntries(Object.entries(build.maxRssBytesAfter ?? {}).map(([name, bytes]) => [name, Math.round(mib(bytes))])),
      distMiB: mib(folderBytes(path.join(copy, 'dist'))),
      searchIndexMiB: mib(folderBytes(path.join(copy, 'dist/pagefind'))),
    };
    if (index === factors.length - 1) renameSync(path.join(copy, 'dist'), lastScaleDist);
    rmSync(copy, { recursive: true, force: true });
    rmSync(file);
    return result;
  });
  return measuredScale(scale);
}

/** The scale points with the growth per topic from the first scale to the last (1 is linear). */
function measuredScale(scale: ScaleResult[]) {
  const first = scale[0]!;
  const last = scale.at(-1)!;
  return {
    scale,
    splitPerTopicRatio: last.splitSeconds / last.topics / (first.splitSeconds / first.topics),
    totalPerTopicRatio: last.seconds / last.topics / (first.seconds / first.topics),
  };
}

function printScale({ scale, splitPerTopicRatio, totalPerTopicRatio }: ReturnType<typeof measuredScale>) {
  const first = scale[0]!;
  const last = scale.at(-1)!;
  const row = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);
  console.log('\nScale (sections repeated, unique headings):');
  for (const point of scale) {
    row(`  ×${point.factor}: ${point.topics} topics, ${kb(point.bytes).toFixed(0)} KB`, `${point.seconds.toFixed(1)} s, ${point.pagesPerSecond.toFixed(0)} pages/s, ${point.peakMemoryMiB.toFixed(0)} MiB peak, dist ${point.distMiB.toFixed(1)} MiB, index ${point.searchIndexMiB.toFixed(2)} MiB, split ${point.splitSeconds.toFixed(2)} s, ${point.cards} cards, ${point.cardsDrawnAhead} of them drawn while Astro built, cards step ${point.cardsSeconds.toFixed(2)} s`);
    row('    seconds per step', Object.entries(point.stages).map(([name, seconds]) => `${name} ${seconds.toFixed(2)}`).join(', '));
    row('    peak MiB as each step ended', Object.entries(point.peakMemoryMiBAfter).map(([name, peak]) => `${name} ${peak}`).join(', '));
  }
  row(`  split time per topic, ×${last.factor} / ×${first.factor}`, splitPerTopicRatio.toFixed(2));
  row(`  build time per topic, ×${last.factor} / ×${first.factor}`, totalPerTopicRatio.toFixed(2));
}

// BENCH_ONLY=scale measures the scale part (4.) alone, prints it and writes nothing: for work on large articles.
if (process.env['BENCH_ONLY'] === 'scale') {
  printScale(measureScale());
  rmSync(benchTemp, { recursive: true, force: true });
  process.exit(0);
}

/** 5. What Astro and Pagefind cost by themselves, beside our bundled site's shape and the last scale's built site. */
function measuredStackFloor(bundledRoot: string, lastScale: ScaleResult) {
  return measureStackFloor({
    bundledDist: path.join(bundledRoot, 'dist'),
    scale: { factor: lastScale.factor, dist: lastScaleDist, topics: lastScale.topics },
    language: loadSettings(bundledRoot, {}).lang,
    runs,
    nodeFlags: buildNodeFlags,
  });
}

// BENCH_ONLY=floor measures the stack's floor (5.) alone, beside our builds of the bundled article (after a
// warm-up, median of the runs) and of the last scale (once), prints it and writes nothing.
if (process.env['BENCH_ONLY'] === 'floor') {
  const root = makeProjectCopy();
  timedBuild(root);
  const astroStepSeconds = median(Array.from({ length: runs }, () => timedBuild(root).stages['astro']!));
  const lastScale = measureScale(scales.slice(-1)).scale[0]!;
  printStackFloor(measuredStackFloor(root, lastScale), { astroStepSeconds, scalePagesPerSecond: lastScale.pagesPerSecond });
  rmSync(root, { recursive: true, force: true });
  rmSync(benchTemp, { recursive: true, force: true });
  process.exit(0);
}

// 1. The bundled article, built `runs` times beside stock Starlight building the same article, in pairs
// whose order alternates (ours first, then Starlight first), so drift in the machine's load cancels out.
const root = makeProjectCopy();
const starlightPages = await prepareStarlight(root);
timedBuild(root); // warm-ups: fill Astro's and the file system's caches, like a writer's second build
timedStarlightBuild();
const pairs = Array.from({ length: runs }, (_, index) => {
  if (index % 2 === 1) {
    const starlight = timedStarlightBuild();
    return { ours: timedBuild(root), starlight };
  }
  const ours = timedBuild(root);
  return { ours, starlight: timedStarlightBuild() };
});
const builds = pairs.map((pair) => pair.ours);
const stageNames = Object.keys(builds[0]!.stages);
const bundled = {
  runs,
  stages: Object.fromEntries(stageNames.map((name) => [name, median(builds.map((build) => build.stages[name]!))])),
  total: median(builds.map((build) => build.total)),
  processSeconds: median(builds.map((build) => build.processSeconds)),
  cpuSeconds: median(builds.map((build) => build.cpuSeconds)),
  peakMemoryMiB: mib(Math.max(...builds.map((build) => build.maxRssBytes))),
  topics: builds[0]!.topics,
};
const starlight = {
  pages: starlightPages,
  processSeconds: median(pairs.map((pair) => pair.starlight.processSeconds)),
  cpuSeconds: median(pairs.map((pair) => pair.starlight.cpuSeconds)),
  peakMemoryMiB: mib(Math.max(...pairs.map((pair) => pair.starlight.maxRssBytes))),
  /** Our whole build's wall time over Starlight's, per pair; the median of the ratios. */
  medianRatio: median(pairs.map((pair) => pair.ours.processSeconds / pair.starlight.processSeconds)),
  medianCpuRatio: median(pairs.map((pair) => pair.ours.cpuSeconds / pair.starlight.cpuSeconds)),
  ratios: pairs.map((pair) => pair.ours.processSeconds / pair.starlight.processSeconds),
};

// 1a. Link-preview cards: their sizes; the time and CPU time to draw them all, in this process, with none
// kept from a last build (CPU time is steadier than wall time on a loaded machine); and what they add
// to a build, from builds with cards off and on (none kept) in alternating pairs, which see the same load.
const cardBytes = cardFiles(path.join(root, 'dist'));
const draws: { seconds: number; cpuSeconds: number }[] = [];
for (let run = 0; run < runs; run++) {
  const cpu = process.cpuUsage();
  const { seconds } = await writeSocialCards(path.join(root, 'dist'), loadSettings(root, {}));
  const used = process.cpuUsage(cpu);
  draws.push({ seconds, cpuSeconds: (used.user + used.system) / 1e6 });
}
const settingsFile = path.join(root, 'content/site.yaml');
const settingsText = readFileSync(settingsFile, 'utf8');
const cardPairs = Array.from({ length: runs }, () => {
  writeFileSync(settingsFile, `${settingsText}socialCards: false\n`);
  const without = timedBuild(root);
  writeFileSync(settingsFile, settingsText);
  rmSync(path.join(root, keptCardsDir), { recursive: true, force: true });
  const withCards = timedBuild(root);
  return { seconds: withCards.processSeconds - without.processSeconds, cpuSeconds: withCards.cpuSeconds - without.cpuSeconds };
});
const cards = {
  count: cardBytes.length,
  bytes: { min: cardBytes[0] ?? 0, median: median(cardBytes), max: cardBytes.at(-1) ?? 0 },
  drawSeconds: median(draws.map((draw) => draw.seconds)),
  drawCpuSeconds: median(draws.map((draw) => draw.cpuSeconds)),
  /** The cards stage of the builds of 1., which keep the cards of the build before. */
  keptStageSeconds: bundled.stages['cards'] ?? 0,
  extraSeconds: median(cardPairs.map((pair) => pair.seconds)),
  extraCpuSeconds: median(cardPairs.map((pair) => pair.cpuSeconds)),
};

// 1c. From saving content/outline.yaml to `npm run dev` serving the changed page.
const devCopy = makeProjectCopy();
const dev = await measureDevEdits(devCopy, Math.max(5, runs * 2));
rmSync(devCopy, { recursive: true, force: true });

// 1b. The split stage alone (read → … → the check that no sentence was lost) on a 1 MB article, in this process.
const megabyteFile = path.join(benchTemp, 'unfold-bench-1mb.txt');
writeFileSync(megabyteFile, makeLargeArticle(1_000_000));
const splits: { seconds: number; topics: number }[] = [];
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  const { rendered } = await runPipeline(root, { SITE_SOURCE: megabyteFile });
  splits.push({ seconds: (performance.now() - started) / 1000, topics: rendered.length });
}
const megabyteSplit = { bytes: statSync(megabyteFile).size, topics: splits[0]!.topics, medianSeconds: median(splits.map((split) => split.seconds)) };
rmSync(megabyteFile);

// 1c. Reading other formats: a 1 MB saved web page and a 1 MB Word document, read and turned into blocks
// (readArticle → parseArticle) in a process of their own, as a build reads; and a 5 MB page once, to see that
// the time grows linearly.
const readOnce = path.join(import.meta.dirname, 'read-once.ts');
function timedReads(name: string, bytes: Uint8Array, times: number): ReadTimings {
  const file = path.join(benchTemp, name);
  writeFileSync(file, bytes);
  const run = spawnSync(process.execPath, [...buildNodeFlags, readOnce, file, String(times)], { cwd: projectRoot, encoding: 'utf8', env: buildEnvironment() });
  rmSync(file);
  if (run.status !== 0) throw new Error(`reading ${name} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as ReadTimings;
}
const readSummary = (bytes: Uint8Array, timings: ReadTimings) => ({
  bytes: bytes.length,
  blocks: timings.blocks,
  medianSeconds: median(timings.seconds),
  medianCpuSeconds: median(timings.cpuSeconds),
});
const webPage = new TextEncoder().encode(makeLargeWebPage(1_000_000));
// A 1 MB Word document as they come: about sixty pages of text (600 sections, 1,800 paragraphs) and four photos.
const wordDocument = await makeWordGuide({ extraSections: 600, photos: { count: 4, bytes: 250_000 } });
const largeWebPage = new TextEncoder().encode(makeLargeWebPage(5_000_000));
const readers = {
  webPage: readSummary(webPage, timedReads('page.html', webPage, runs)),
  word: readSummary(wordDocument, timedReads('guide.docx', wordDocument, runs)),
  webPage5: readSummary(largeWebPage, timedReads('page.html', largeWebPage, 1)),
};

// 2. Page weight of a first visit to each page, in Chromium: HTML, CSS, JS and the rest, raw and gzip.
const dist = path.join(root, 'dist');
const weights = await (async () => {
  const [server, browser] = await Promise.all([serveStatic(dist), launchChromium()]);
  try {
    return await measurePageWeights(browser, server.url, listPages(dist));
  } finally {
    await browser.close();
    await server.close();
  }
})();
const contentPages = weights.filter((weight) => isContentPage(weight.page));
const summarise = (pick: (weight: PageWeight) => Bytes) => ({
  medianContentPage: { raw: median(contentPages.map((weight) => pick(weight).raw)), gzip: median(contentPages.map((weight) => pick(weight).gzip)) },
  max: { raw: Math.max(...weights.map((weight) => pick(weight).raw)), gzip: Math.max(...weights.map((weight) => pick(weight).gzip)) },
});
const heaviest = weights.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a));
const pageWeight = {
  pages: weights.length,
  contentPages: contentPages.length,
  byKind: Object.fromEntries([...resourceKinds, 'total' as const].map((kind) => [kind, summarise((weight) => weight[kind])])),
  heaviestPage: heaviest.page,
  jsBeforeSearchGzipBytes: Math.max(...contentPages.map((weight) => weight.js.gzip)),
  perPage: weights,
};

// 3. Search: bytes fetched from focusing the field to the first results, and the time it takes.
const search = await measureSearch(dist, Math.max(3, runs));

// 4. Scale: the bundled article's sections repeated ×N with unique headings, built once each.
const { scale, splitPerTopicRatio, totalPerTopicRatio } = measureScale();

// 5. What the stack costs by itself.
const stackFloor = measuredStackFloor(root, scale.at(-1)!);

rmSync(root, { recursive: true, force: true });
rmSync(benchTemp, { recursive: true, force: true });
const report = { machine: { cores: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version }, bundled, starlight, cards, dev, megabyteSplit, readers, pageWeight, search, scale, splitPerTopicRatio, totalPerTopicRatio, stackFloor };
mkdirSync(resultsDir, { recursive: true });
writeFileSync(path.join(resultsDir, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(path.join(resultsDir, 'scaling.svg'), scalingChart(scale));

const starlightVersion = () => (JSON.parse(readFileSync(path.join(starlightRoot, 'node_modules/@astrojs/starlight/package.json'), 'utf8')) as { version: string }).version;
const row = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);
console.log(`\nunfold benchmark — ${report.machine.cores} cores, ${report.machine.model}, Node ${report.machine.node}\n`);
console.log(`Bundled article (${bundled.topics} topics), median of ${runs} builds:`);
for (const [name, seconds] of Object.entries(bundled.stages)) row(`  ${name}`, `${seconds.toFixed(3)} s`);
row('  total, inside the build', `${bundled.total.toFixed(2)} s`);
row('  total, from starting the process to its exit', `${bundled.processSeconds.toFixed(2)} s (CPU ${bundled.cpuSeconds.toFixed(2)} s)`);
row('  peak memory', `${bundled.peakMemoryMiB.toFixed(0)} MiB`);
console.log(`\nStock Starlight ${starlightVersion()} building the same article (${starlight.pages} Markdown pages), in the same pairs:`);
row('  Starlight, from starting the process to its exit', `${starlight.processSeconds.toFixed(2)} s (CPU ${starlight.cpuSeconds.toFixed(2)} s), ${starlight.peakMemoryMiB.toFixed(0)} MiB peak`);
row('  our time / Starlight\'s, median of the pairs', `${starlight.medianRatio.toFixed(2)} (CPU ${starlight.medianCpuRatio.toFixed(2)}; pairs ${starlight.ratios.map((ratio) => ratio.toFixed(2)).join(' ')})`);
console.log(`\nLink-preview cards of the bundled article (${cards.count}):`);
row('  bytes, min / median / max', `${cards.bytes.min} / ${cards.bytes.median} / ${cards.bytes.max} B`);
row('  drawing them all, none kept: wall / CPU (median)', `${cards.drawSeconds.toFixed(2)} s / ${cards.drawCpuSeconds.toFixed(2)} s`);
row('  per card: wall / CPU', `${((cards.drawSeconds / cards.count) * 1000).toFixed(1)} ms / ${((cards.drawCpuSeconds / cards.count) * 1000).toFixed(1)} ms`);
row('  cards stage with the last build\'s cards kept', `${cards.keptStageSeconds.toFixed(3)} s`);
row(`  build with cards minus without, none kept, median of ${runs} pairs`, `${cards.extraSeconds.toFixed(2)} s (CPU ${cards.extraCpuSeconds.toFixed(2)} s)`);
console.log(`\nnpm run dev, from saving content/outline.yaml to the page served with the edit (${dev.edits} edits):`);
row('  pipeline (read → … → topics written), median', `${dev.medianPipelineMs.toFixed(0)} ms`);
row('  saved → served, median', `${dev.medianMs.toFixed(0)} ms (most ${dev.maxMs.toFixed(0)} ms)`);
row(`Split stage, ${(megabyteSplit.bytes / 1e6).toFixed(2)} MB article (${megabyteSplit.topics} topics), median`, `${megabyteSplit.medianSeconds.toFixed(2)} s`);
row(`Read a ${(readers.webPage.bytes / 1e6).toFixed(2)} MB web page (${readers.webPage.blocks} blocks), median`, `${readers.webPage.medianSeconds.toFixed(2)} s (CPU ${readers.webPage.medianCpuSeconds.toFixed(2)} s)`);
row(`Read a ${(readers.word.bytes / 1e6).toFixed(2)} MB .docx (${readers.word.blocks} blocks, 4 photos), median`, `${readers.word.medianSeconds.toFixed(2)} s (CPU ${readers.word.medianCpuSeconds.toFixed(2)} s)`);
row(`Read a ${(readers.webPage5.bytes / 1e6).toFixed(2)} MB web page, once; time per MB vs 1 MB`, `${readers.webPage5.medianSeconds.toFixed(2)} s, ×${(readers.webPage5.medianSeconds / readers.webPage5.bytes / (readers.webPage.medianSeconds / readers.webPage.bytes)).toFixed(2)}`);
console.log(`\nPage weight, first visit, raw / gzip (${pageWeight.contentPages} content pages of ${pageWeight.pages}):`);
const pair = (bytes: Bytes) => `${kb(bytes.raw).toFixed(1)} / ${kb(bytes.gzip).toFixed(1)} KB`;
row('', `${'median content page'.padEnd(24)} most of any page`);
for (const [kind, summary] of Object.entries(pageWeight.byKind)) row(`  ${kind}`, `${pair(summary.medianContentPage).padEnd(24)} ${pair(summary.max)}`);
row(`  heaviest page: ${pageWeight.heaviestPage || 'home'}`, `${kb(heaviest.total.gzip).toFixed(1)} KB gzip`);
row('  JavaScript before search is touched, gzip', `${pageWeight.jsBeforeSearchGzipBytes} B`);
console.log('\nSearch, cold:');
row('  page load, gzip as hosts send it', `${kb(search.pageBytes).toFixed(1)} KB`);
row('  search bytes before the field is focused', `${search.searchBytesBeforeFocus} B`);
for (const cost of search.queries) {
  row(`  “${cost.query}”: ${cost.pagesShown} ${cost.pagesShown === 1 ? 'page' : 'pages'} shown`, `${kb(cost.bytesToFirstResults).toFixed(1)} KB, ${cost.medianMilliseconds.toFixed(0)} ms`);
  for (const file of cost.files) row(`    ${file.path}`, `${file.bytes} B`);
}
row(`  most bytes from focus to first results (worst of ${search.runs} runs)`, `${kb(Math.max(...search.queries.map((cost) => cost.bytesToFirstResults))).toFixed(1)} KB`);
printScale(measuredScale(scale));
printStackFloor(stackFloor, { astroStepSeconds: bundled.stages['astro']!, scalePagesPerSecond: scale.at(-1)!.pagesPerSecond });
console.log(`\nWritten: bench/results/bench.json, bench/results/scaling.svg`);
