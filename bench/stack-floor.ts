// What Astro and Pagefind cost by themselves, on the machine the bench runs on (issue 13): two of the issue's
// targets ("Astro's part under 0.8 s", "×50 at 300 pages per second") may lie below what the stack can do here,
// whatever our own code does, and that is a claim to measure every run, not to assert. Each step runs in a
// process of its own (bench/stack-floor-step.ts) with our build's Node flags: importing Astro; Astro's `build()`
// of the least site of as many pages as ours (one page route, each page a title and real text of the size of
// our median page's main text; no content collection, no CSS, no script); Pagefind with its defaults on our
// ×N site, beside our own search step on a copy of it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroUserConfig } from 'astro';
import { parseHTML } from 'linkedom';
import { builtHtmlFiles } from '../scripts/emit/built-pages.ts';
import { listPages } from '../tests/browser/built-site.ts';
import { isContentPage } from '../tests/browser/page-weight.ts';
import { buildEnvironment, repoRoot } from '../tests/build/project.ts';
import type { StepResult } from './stack-floor-step.ts';
import { median } from './stats.ts';

/** Issue 13's targets that the floor bounds. */
export const stackTargets = { astroPartSeconds: 0.8, scalePagesPerSecond: 300 } as const;

export interface SiteShape {
  /** Every page Astro built (`.html` files, the 404 page among them). */
  pages: number;
  /** The median content page's text inside `<main>`, in UTF-8 bytes. */
  mainTextBytes: number;
}

export interface MinimalSiteBuild extends SiteShape {
  /** Astro's `build()` of the minimal site of that shape, median. */
  buildSeconds: number;
}

export interface StackFloor {
  runs: number;
  versions: { astro: string; pagefind: string };
  /** `await import('astro')` in a fresh process, compile cache warm, median. */
  importAstroSeconds: number;
  /** The minimal site of the bundled article's shape. */
  bundled: MinimalSiteBuild;
  /** The minimal site of the ×`factor` article's shape. */
  scale: MinimalSiteBuild & { factor: number; topics: number };
  /** Pagefind with its defaults on our ×`factor` site, median. */
  pagefindAloneSeconds: number;
  /** Our search step (indexSearch) on a copy of the same site, in the same pairs, median. */
  ourSearchSeconds: number;
  /** Ours over Pagefind alone, per pair; the median of the ratios. */
  ourSearchRatio: number;
  /**
   * Floor of "Astro's part" on the bundled article: `build()` of the minimal site. Our build imports Astro on a
   * thread of its own while the pipeline runs (scripts/lib/astro-build-worker.ts), so its part is `build()` and
   * whatever of the import outlasts the pipeline.
   */
  astroPartFloorSeconds: number;
  /** Floor of the ×`factor` build: `build()` of the minimal site plus Pagefind alone. */
  scaleFloorSeconds: number;
  /** The ×`factor` article's topics over `scaleFloorSeconds`, counted as the bench counts a build's pages per second. */
  mostPagesPerSecond: number;
}

export interface StackFloorOptions {
  /** Our built site of the bundled article. */
  bundledDist: string;
  /** Our built site of the article repeated ×`factor`, with its topic count. */
  scale: { factor: number; dist: string; topics: number };
  /** The site's language, for our search step. */
  language: string;
  runs: number;
  /** The Node flags of `npm run build`, relative to the project's root (compile cache and heap settings). */
  nodeFlags: readonly string[];
}

/** The pages of a built site and the size of its median content page's main text. */
export function siteShape(dist: string): SiteShape {
  const mainTexts = listPages(dist)
    .filter(isContentPage)
    .map((page) => {
      const { document } = parseHTML(readFileSync(path.join(dist, page, 'index.html'), 'utf8'));
      return Buffer.byteLength(document.querySelector('main')?.textContent ?? '');
    });
  return { pages: builtHtmlFiles(dist).length, mainTextBytes: median(mainTexts) };
}

/** The bundled article's lines of text, headings and paragraphs, in order. */
function articleLines(): string[] {
  return readFileSync(path.join(repoRoot, 'content/article.txt'), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The start of `line`, up to the last space before about `bytes` bytes. */
function cutAtWord(line: string, bytes: number): string {
  if (Buffer.byteLength(line) <= bytes) return line;
  const space = line.lastIndexOf(' ', bytes);
  return line.slice(0, space > 0 ? space : bytes);
}

/** About `bytes` bytes of the article's paragraphs, starting at line `from` and going round, the last one cut at a word. */
function paragraphsOf(lines: readonly string[], from: number, bytes: number): string[] {
  const paragraphs: string[] = [];
  for (let at = from, left = bytes; left > 0; at++) {
    const paragraph = cutAtWord(lines[at % lines.length]!, left);
    paragraphs.push(paragraph);
    left -= Buffer.byteLength(paragraph) + 1;
  }
  return paragraphs;
}

/** The pages at a time our build has Astro render (`build.concurrency`, Astro's default 1 when unset). */
const ourConcurrency = ((await import(pathToFileURL(path.join(repoRoot, 'astro.config.mjs')).href)) as { default: AstroUserConfig }).default.build?.concurrency ?? 1;

/**
 * The least Astro site of `shape`: static output in directory format, one page route whose `getStaticPaths`
 * reads the pages from a JSON file. In a temp folder, node_modules linked like tests/build/project.ts does.
 */
function writeMinimalSite(shape: SiteShape): string {
  const root = mkdtempSync(path.join(tmpdir(), 'unfold-bench-floor-'));
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const lines = articleLines();
  const pages = Array.from({ length: shape.pages }, (_, index) => ({
    slug: `page-${index + 1}`,
    title: `Page ${index + 1}`,
    paragraphs: paragraphsOf(lines, index, shape.mainTextBytes),
  }));
  const pagesFile = path.join(root, 'pages.json');
  writeFileSync(pagesFile, JSON.stringify(pages));
  writeFileSync(path.join(root, 'package.json'), '{ "type": "module" }\n');
  // Its own cache folder: the default, node_modules/.astro, is in the node_modules our own builds link too.
  // As many pages at a time as our build renders (astro.config.mjs), so the floor is of the same Astro.
  writeFileSync(path.join(root, 'astro.config.mjs'), `export default { build: { format: 'directory', concurrency: ${ourConcurrency} }, trailingSlash: 'always', cacheDir: './.astro/cache/' };\n`);
  mkdirSync(path.join(root, 'src/pages'), { recursive: true });
  writeFileSync(
    path.join(root, 'src/pages/[slug].astro'),
    `---
import { readFileSync } from 'node:fs';
export function getStaticPaths() {
  return JSON.parse(readFileSync(${JSON.stringify(pagesFile)}, 'utf8')).map((page) => ({ params: { slug: page.slug }, props: page }));
}
const { title, paragraphs } = Astro.props;
---
<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body><main><h1>{title}</h1>{paragraphs.map((text) => <p>{text}</p>)}</main></body></html>
`,
  );
  return root;
}

const stepScript = path.join(import.meta.dirname, 'stack-floor-step.ts');

/** Runs one step of bench/stack-floor-step.ts in a fresh process on this Node; its seconds. */
function runStep(nodeFlags: readonly string[], args: string[], env: NodeJS.ProcessEnv = buildEnvironment()): number {
  const run = spawnSync(process.execPath, [...nodeFlags, stepScript, ...args], { cwd: repoRoot, encoding: 'utf8', env });
  if (run.status !== 0) throw new Error(`the stack's floor, step ${args.join(' ')}, failed:\n${run.stdout}\n${run.stderr}`);
  return (JSON.parse(run.stdout.trim().split('\n').at(-1)!) as StepResult).seconds;
}

const installedVersion = (name: string) => (JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

/** Measures the stack's floor `runs` times per step (after a warm-up of each Astro step) and takes the medians. */
export function measureStackFloor({ bundledDist, scale, language, runs, nodeFlags }: StackFloorOptions): StackFloor {
  const step = (...args: string[]) => runStep(nodeFlags, args);

  // 1. Importing Astro; the warm-up fills the compile cache, as a writer's first build does.
  step('import-astro');
  const importAstroSeconds = median(Array.from({ length: runs }, () => step('import-astro')));

  // 2. build() of the minimal sites of the bundled article's shape and the ×N article's.
  const shapes = [siteShape(bundledDist), siteShape(scale.dist)] as const;
  const roots = shapes.map(writeMinimalSite);
  const buildSeconds = roots.map((root) => {
    step('astro-build', root);
    return median(Array.from({ length: runs }, () => step('astro-build', root)));
  });
  for (const root of roots) rmSync(root, { recursive: true, force: true });

  // 3. Pagefind alone, with its defaults (our chunk size unset), and our search step on a fresh copy of the
  // site each time, in pairs whose order alternates, so drift in the machine's load cancels out.
  const pagefindEnvironment = buildEnvironment();
  delete pagefindEnvironment['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
  const pagefindAlone = () => {
    const output = mkdtempSync(path.join(tmpdir(), 'unfold-bench-pagefind-'));
    try {
      return runStep(nodeFlags, ['pagefind', scale.dist, output], pagefindEnvironment);
    } finally {
      rmSync(output, { recursive: true, force: true });
    }
  };
  const ourSearch = () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'unfold-bench-search-'));
    try {
      cpSync(scale.dist, copy, { recursive: true });
      rmSync(path.join(copy, 'pagefind'), { recursive: true, force: true });
      return step('index-search', copy, language);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  };
  const pairs = Array.from({ length: runs }, (_, index) => {
    if (index % 2 === 1) {
      const ours = ourSearch();
      return { alone: pagefindAlone(), ours };
    }
    const alone = pagefindAlone();
    return { alone, ours: ourSearch() };
  });

  const bundled = { ...shapes[0], buildSeconds: buildSeconds[0]! };
  const scaleBuild = { ...shapes[1], buildSeconds: buildSeconds[1]!, factor: scale.factor, topics: scale.topics };
  const pagefindAloneSeconds = median(pairs.map((pair) => pair.alone));
  const scaleFloorSeconds = scaleBuild.buildSeconds + pagefindAloneSeconds;
  return {
    runs,
    versions: { astro: installedVersion('astro'), pagefind: installedVersion('pagefind') },
    importAstroSeconds,
    bundled,
    scale: scaleBuild,
    pagefindAloneSeconds,
    ourSearchSeconds: median(pairs.map((pair) => pair.ours)),
    ourSearchRatio: median(pairs.map((pair) => pair.ours / pair.alone)),
    astroPartFloorSeconds: bundled.buildSeconds,
    scaleFloorSeconds,
    mostPagesPerSecond: scale.topics / scaleFloorSeconds,
  };
}

/** Our own figures to print beside the floor: the bundled build's astro step and the ×N build's pages per second. */
export interface OurFigures {
  astroStepSeconds: number;
  scalePagesPerSecond: number;
}

export function printStackFloor(floor: StackFloor, ours: OurFigures): void {
  const row = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);
  const { bundled, scale } = floor;
  const text = (site: SiteShape) => `${(site.mainTextBytes / 1000).toFixed(1)} KB of text each`;
  console.log(`\nWhat the stack costs by itself (Astro ${floor.versions.astro}, Pagefind ${floor.versions.pagefind}, nothing of ours), median of ${floor.runs}, each in its own process:`);
  row('  import(\'astro\'), compile cache warm', `${floor.importAstroSeconds.toFixed(2)} s`);
  row(`  build() of a minimal site of ${bundled.pages} pages`, `${bundled.buildSeconds.toFixed(2)} s (${text(bundled)})`);
  row(`  build() of a minimal site of ${scale.pages} pages`, `${scale.buildSeconds.toFixed(2)} s (${text(scale)})`);
  row(`  Pagefind alone, its defaults, on our ×${scale.factor} site`, `${floor.pagefindAloneSeconds.toFixed(2)} s`);
  row('  our search step (indexSearch) on a copy of it', `${floor.ourSearchSeconds.toFixed(2)} s (×${floor.ourSearchRatio.toFixed(2)} Pagefind alone, median of the pairs)`);
  row('  floor of "Astro\'s part": build(), the import hidden', `${floor.astroPartFloorSeconds.toFixed(2)} s (with the import, ${(floor.importAstroSeconds + floor.astroPartFloorSeconds).toFixed(2)} s of one core); target < ${stackTargets.astroPartSeconds} s, ours ${ours.astroStepSeconds.toFixed(2)} s`);
  row(`  floor at ×${scale.factor}: build() + Pagefind alone`, `${floor.scaleFloorSeconds.toFixed(2)} s for ${scale.topics} topics`);
  row(`  most pages per second that leaves at ×${scale.factor}`, `${floor.mostPagesPerSecond.toFixed(0)}; target ≥ ${stackTargets.scalePagesPerSecond}, ours ${ours.scalePagesPerSecond.toFixed(0)}`);
}
