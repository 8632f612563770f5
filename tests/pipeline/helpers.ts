// Node-only helpers of the pipeline tests: fixture paths, inline articles and temporary project roots.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyCorrections } from '../../scripts/parse/apply-corrections.ts';
import { buildOutline, type OutlineOptions } from '../../scripts/outline/build-outline.ts';
import { pointAt, readYamlConfig } from '../../scripts/lib/yaml-config.ts';
import { normaliseSource } from '../../scripts/parse/normalise.ts';
import { parseArticle, type ParsedArticle } from '../../scripts/parse/parse-article.ts';
import { filesBeside } from '../../scripts/media/files-beside.ts';
import { resolveMedia } from '../../scripts/media/resolve-media.ts';
import { decodeText } from '../../scripts/read/decode-text.ts';
import { readArticle } from '../../scripts/read/read-article.ts';
import { UnfoldError } from '../../scripts/lib/unfold-error.ts';
import { readMarkdown } from '../../scripts/read/markdown.ts';
import { parseTree, type ParsedTree } from '../../scripts/parse/parse-tree.ts';
import { renderTopic, textOf, type RenderedTopic } from '../../scripts/render/render-topic.ts';
import type { PipelineResult } from '../../scripts/run-pipeline.ts';
import { correctionsSchema } from '../../scripts/schemas/corrections.ts';
import { outlineSchema } from '../../scripts/schemas/outline.ts';
import { reservedSlugs } from '../../scripts/outline/topic-kinds.ts';
import type { ArticleFiles, ArticleTree, SourceText, Topic } from '../../scripts/types.ts';

export const nbsp = '\u00A0';

/** The project root, whose `content/` holds the bundled article. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of a fixture article in `tests/fixtures/articles/`. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/articles/${name}`, import.meta.url));
}

/** A plain-text fixture article read and normalised as the pipeline does, named by its file name in messages. */
export function fixtureSource(name: string): SourceText {
  return normaliseSource(decodeText(name, readFileSync(fixturePath(name))));
}

/** A plain-text article given inline, read and normalised as the pipeline does. */
export function sourceOf(text: string, file = 'article.txt'): SourceText {
  return normaliseSource(decodeText(file, new TextEncoder().encode(text)));
}

/** No files beside the article: what a reader is given when a test has none. */
export const noFiles: ArticleFiles = { read: () => undefined };

/** An article of any format, given as text or bytes, read as the pipeline reads it (plain text also normalised). */
export async function articleOf(contents: string | Uint8Array, file: string, files: ArticleFiles = noFiles): Promise<SourceText | ArticleTree> {
  const read = await readArticle(file, typeof contents === 'string' ? new TextEncoder().encode(contents) : contents, files);
  return 'tree' in read ? read : normaliseSource(read);
}

/** A fixture article of any format (in `tests/fixtures/articles/`, or a path), read as the pipeline reads it. */
export async function fixtureArticle(name: string): Promise<SourceText | ArticleTree> {
  const file = path.isAbsolute(name) ? name : fixturePath(name);
  return articleOf(readFileSync(file), path.basename(file));
}

/** A Markdown article given inline, read and turned into blocks as the pipeline does. */
export function parseMarkdown(text: string, file = 'article.md'): ParsedTree {
  return parseTree(readMarkdown(decodeText(file, new TextEncoder().encode(text), 'markdown'), noFiles));
}

/** The bundled article after normalisation, without (`corrected: false`) or with its corrections. */
export function bundledSource({ corrected }: { corrected: boolean }): SourceText {
  const file = path.join('content', 'article.txt');
  const normalised = normaliseSource(decodeText(file, readFileSync(path.join(repoRoot, file))));
  if (!corrected) return normalised;
  const configFile = path.join('content', 'corrections.yaml');
  const { value, source } = readYamlConfig(configFile, readFileSync(path.join(repoRoot, configFile), 'utf8'), correctionsSchema);
  const placed = value.map((correction, index) => ({ ...correction, configPoint: pointAt(source, [index]) }));
  return applyCorrections(normalised, placed, configFile).source;
}

/** Outline options as the pipeline passes them, with every key's place reported as 1:1 unless given. */
export function outlineOptions(overrides: Partial<OutlineOptions> = {}): OutlineOptions {
  return {
    configFile: 'content/outline.yaml',
    pointAt: () => ({ line: 1, column: 1 }),
    reservedSlugs,
    overviewTitle: 'Overview',
    lang: 'en',
    ...overrides,
  };
}

/** The outline an article gets with no `content/outline.yaml`. */
export function defaultOutline(article: ParsedArticle): Topic[] {
  return buildOutline(article, outlineSchema.parse({}), outlineOptions());
}

/** Validates an outline given as YAML text and builds it, so that errors quote the YAML's lines and columns. */
export function outlineFromYaml(article: ParsedArticle, yaml: string): Topic[] {
  const file = 'content/outline.yaml';
  const { value, source } = readYamlConfig(file, yaml, outlineSchema);
  return buildOutline(article, value, outlineOptions({ configFile: file, pointAt: (keyPath) => pointAt(source, keyPath) }));
}

/** A fixture article through the pure stages (read, normalise, parse, media, default outline, render), as `SITE_SOURCE` builds it. */
export async function renderFixture(name: string): Promise<{ topics: Topic[]; rendered: RenderedTopic[] }> {
  const parsed = parseArticle(await fixtureArticle(name));
  const { blocks } = resolveMedia(parsed.blocks, filesBeside(fixturePath(name)), { file: name, base: '/' });
  const topics = defaultOutline({ ...parsed, blocks });
  return { topics, rendered: topics.map((topic) => renderTopic(topic, 'en')) };
}

/** What readers see of each topic, exactly as `runPipeline` hands it to the conservation check. */
export function emittedTexts(result: Pick<PipelineResult, 'topics' | 'rendered'>): string[] {
  return result.rendered.map((topic, index) => [result.topics[index]!.heading?.text ?? topic.frontmatter.title, textOf(topic.body)].join('\n'));
}

const tempRoots: string[] = [];

/** A temporary folder holding `files` (relative path → contents), such as a project root with a `content/` folder. */
export function makeTempRoot(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'unfold-test-'));
  tempRoots.push(root);
  for (const [name, contents] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), contents);
  }
  return root;
}

/** Removes the temporary folders this test file made; call it from `afterAll`. */
export function removeTempRoots(): void {
  for (const root of tempRoots.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Runs `action` and returns what it threw, so that a test can look at an error's fields. */
export function thrownBy(action: () => unknown): unknown {
  let returned: unknown;
  try {
    returned = action();
  } catch (error) {
    return error;
  }
  if (returned instanceof Promise) {
    returned.catch(() => undefined);
    throw new Error('the call returned a promise: take what it rejects with unfoldErrorOf');
  }
  throw new Error('expected the call to throw, but it returned');
}

/** Awaits `action` and returns the input error it rejected with (any other error is thrown on), so that a test can look at its fields. */
export async function unfoldErrorOf(action: () => Promise<unknown>): Promise<UnfoldError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof UnfoldError) return error;
    throw error;
  }
  throw new Error('expected the call to reject, but it resolved');
}

/**
 * Runs `compute` the first time the returned function is called and returns that value ever after.
 * Suites call the pipeline through it inside their tests, so that a failing run fails those tests
 * (with its error) instead of stopping the whole file from being collected.
 */
export function once<T>(compute: () => T): () => T {
  let result: { value: T } | undefined;
  return () => (result ??= { value: compute() }).value;
}
