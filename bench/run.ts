// `npm run bench`: build time per step and at scale, page weight, search cost. Prints a table and
// writes bench/results/bench.json and bench/results/scaling.svg. Figures, not pass/fail: the machines are noisy.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { runPipeline } from '../scripts/run-pipeline.ts';
import { listPages } from '../tests/browser/built-site.ts';
import { launchChromium } from '../tests/browser/chromium.ts';
import { isContentPage, measurePageWeights, resourceKinds, type Bytes, type PageWeight } from '../tests/browser/page-weight.ts';
import { serveStatic } from '../tests/browser/static-server.ts';
import { makeProjectCopy, runBuild } from '../tests/build/project.ts';
import { makeLargeArticle } from '../tests/fixtures/make-large-article.ts';
import { measureSearch } from './search-cost.ts';
import { scalingChart } from './scaling-chart.ts';
import { median } from './stats.ts';

interface BuildTimings {
  stages: Record<string, number>;
  total: number;
  topics: number;
  maxRssBytes: number;
}

const runs = Number(process.env['BENCH_RUNS'] ?? 5);
const scales = (process.env['BENCH_SCALES'] ?? '1,10,50').split(',').map(Number);
const resultsDir = path.join(import.meta.dirname, 'results');
const mib = (bytes: number) => bytes / 1024 / 1024;
const kb = (bytes: number) => bytes / 1000;

function timedBuild(root: string, env: Record<string, string> = {}): BuildTimings {
  const timingsFile = path.join(root, 'timings.json');
  const run = runBuild(root, { ...env, UNFOLD_TIMINGS: timingsFile });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stderr}`);
  return JSON.parse(readFileSync(timingsFile, 'utf8')) as BuildTimings;
}

function folderBytes(dir: string): number {
  return (readdirSync(dir, { recursive: true }) as string[]).reduce((sum, name) => {
    const stat = statSync(path.join(dir, name));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);
}

// 1. The bundled article, built `runs` times: median per step, peak memory.
const root = makeProjectCopy();
timedBuild(root); // warm-up: fills Astro's and the file system's caches, like a writer's second build
const builds = Array.from({ length: runs }, () => timedBuild(root));
const stageNames = Object.keys(builds[0]!.stages);
const bundled = {
  runs,
  stages: Object.fromEntries(stageNames.map((name) => [name, median(builds.map((build) => build.stages[name]!))])),
  total: median(builds.map((build) => build.total)),
  peakMemoryMiB: mib(Math.max(...builds.map((build) => build.maxRssBytes))),
  topics: builds[0]!.topics,
};

// 1b. The split stage alone (read → … → the check that no sentence was lost) on a 1 MB article, in this process.
const megabyteFile = path.join(tmpdir(), 'unfold-bench-1mb.txt');
writeFileSync(megabyteFile, makeLargeArticle(1_000_000));
const splits = Array.from({ length: runs }, () => {
  const started = performance.now();
  const { rendered } = runPipeline(root, { SITE_SOURCE: megabyteFile });
  return { seconds: (performance.now() - started) / 1000, topics: rendered.length };
});
const megabyteSplit = { bytes: statSync(megabyteFile).size, topics: splits[0]!.topics, medianSeconds: median(splits.map((split) => split.seconds)) };
rmSync(megabyteFile);

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
const articleBytes = statSync(path.join(root, 'content/article.txt')).size;
const scale = scales.map((factor) => {
  const file = path.join(tmpdir(), `unfold-bench-x${factor}.txt`);
  writeFileSync(file, makeLargeArticle(articleBytes * factor));
  const copy = makeProjectCopy();
  const build = timedBuild(copy, { SITE_SOURCE: file });
  const result = {
    factor,
    bytes: statSync(file).size,
    topics: build.topics,
    seconds: build.total,
    splitSeconds: build.stages['split']!,
    pagesPerSecond: build.topics / build.total,
    peakMemoryMiB: mib(build.maxRssBytes),
    distMiB: mib(folderBytes(path.join(copy, 'dist'))),
    searchIndexMiB: mib(folderBytes(path.join(copy, 'dist/pagefind'))),
  };
  rmSync(copy, { recursive: true, force: true });
  rmSync(file);
  return result;
});
const first = scale[0]!;
const last = scale.at(-1)!;
const splitPerTopicRatio = last.splitSeconds / last.topics / (first.splitSeconds / first.topics);
const totalPerTopicRatio = last.seconds / last.topics / (first.seconds / first.topics);

rmSync(root, { recursive: true, force: true });
const report = { machine: { cores: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version }, bundled, megabyteSplit, pageWeight, search, scale, splitPerTopicRatio, totalPerTopicRatio };
mkdirSync(resultsDir, { recursive: true });
writeFileSync(path.join(resultsDir, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(path.join(resultsDir, 'scaling.svg'), scalingChart(scale));

const row = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);
console.log(`\nunfold benchmark — ${report.machine.cores} cores, ${report.machine.model}, Node ${report.machine.node}\n`);
console.log(`Bundled article (${bundled.topics} topics), median of ${runs} builds:`);
for (const [name, seconds] of Object.entries(bundled.stages)) row(`  ${name}`, `${seconds.toFixed(3)} s`);
row('  total', `${bundled.total.toFixed(2)} s`);
row('  peak memory', `${bundled.peakMemoryMiB.toFixed(0)} MiB`);
row(`Split stage, ${(megabyteSplit.bytes / 1e6).toFixed(2)} MB article (${megabyteSplit.topics} topics), median`, `${megabyteSplit.medianSeconds.toFixed(2)} s`);
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
console.log('\nScale (sections repeated, unique headings):');
for (const point of scale) {
  row(`  ×${point.factor}: ${point.topics} topics, ${kb(point.bytes).toFixed(0)} KB`, `${point.seconds.toFixed(1)} s, ${point.pagesPerSecond.toFixed(0)} pages/s, ${point.peakMemoryMiB.toFixed(0)} MiB peak, dist ${point.distMiB.toFixed(1)} MiB, index ${point.searchIndexMiB.toFixed(2)} MiB, split ${point.splitSeconds.toFixed(2)} s`);
}
row(`  split time per topic, ×${last.factor} / ×${first.factor}`, splitPerTopicRatio.toFixed(2));
row(`  build time per topic, ×${last.factor} / ×${first.factor}`, totalPerTopicRatio.toFixed(2));
console.log(`\nWritten: bench/results/bench.json, bench/results/scaling.svg`);
