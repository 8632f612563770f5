// Node-only edge of the pipeline: reads the article and content/*.yaml, then runs the pure stages in order.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { builtInPages } from '../src/utils/site-pages.ts';
import { joinBase } from '../src/utils/url.ts';
import { keepLinks, type Redirect } from './links/keep-links.ts';
import { ledgerFromConfig, ledgerName, serialiseLedger } from './links/ledger-file.ts';
import { addSynonyms } from './render/add-synonyms.ts';
import { applyCorrections, type AppliedCorrection } from './parse/apply-corrections.ts';
import { buildOutline } from './outline/build-outline.ts';
import { checkConservation } from './render/check-conservation.ts';
import { crossLink, type TermEntry, type TopicToLink } from './render/cross-link.ts';
import { titleFromPath } from './lib/file-title.ts';
import { UnfoldError } from './lib/unfold-error.ts';
import { pointAt, readYamlConfig } from './lib/yaml-config.ts';
import { lintContent } from './outline/lint-content.ts';
import { linkTopics } from './render/link-topics.ts';
import { loadSettings, type ResolvedSettings, type SettingsEnv } from './load-settings.ts';
import { normaliseSource } from './parse/normalise.ts';
import { parseArticle } from './parse/parse-article.ts';
import { blocksText, detectLanguage } from './parse/detect-language.ts';
import { filesBeside } from './media/files-beside.ts';
import { resolveMedia, type MediaFile } from './media/resolve-media.ts';
import { readArticle } from './read/read-article.ts';
import { blockTexts, renderTopic, type RenderedTopic } from './render/render-topic.ts';
import { correctionsSchema } from './schemas/corrections.ts';
import { outlineSchema } from './schemas/outline.ts';
import { publishedLinksSchema } from './schemas/published-links.ts';
import { synonymsSchema } from './schemas/synonyms.ts';
import { termsSchema } from './schemas/terms.ts';
import { kindInfo, reservedSlugs } from './outline/topic-kinds.ts';
import { wordsOf } from '../src/i18n/words.ts';
import type { ArticleTree, LintWarning, SourceText, Sourced, Topic } from './types.ts';

export interface PipelineResult {
  settings: ResolvedSettings;
  /** The article's path relative to the project, as messages name it. */
  sourceFile: string;
  /** The article's own title (front matter, a Markdown `#` heading, a web page's, Word's Title), if it has one. */
  articleTitle?: string;
  /** The format the article was read as. */
  format: SourceText['format'] | ArticleTree['format'];
  /** Where the site's title and language came from, for the build's messages. */
  provenance: { title: Sourced<string>; lang: Sourced<string> };
  topics: Topic[];
  /** The topics as pages: rendered, with term links and related topics. */
  rendered: RenderedTopic[];
  /** The index of terms, alphabetical; empty without `content/terms.yaml`. */
  termIndex: TermEntry[];
  corrections: AppliedCorrection[];
  warnings: LintWarning[];
  /** The files beside the article its links and images use, copied into the site by the emit step. */
  media: MediaFile[];
  /** The ledger of published links (`content/published-links/<key>.yaml`) and the redirects it asks for. */
  links: PublishedLinks;
  /** The article's sentences, every one of them found on the site's pages (the build stops when one is not). */
  sentences: number;
}

export interface PublishedLinks {
  /** The ledger's path relative to the project. */
  file: string;
  /** The ledger with this build's new pages and ids; `npm run build` writes it once the site is built. */
  text: string;
  /** Whether `text` differs from the file as it is. */
  changed: boolean;
  redirects: Redirect[];
}

/** Reads the article and content files of `root` and splits the article into rendered topics. */
export async function runPipeline(root: string, env: SettingsEnv = process.env): Promise<PipelineResult> {
  const loaded = loadSettings(root, env);
  const relative = path.relative(root, loaded.sourcePath);
  const sourceFile = relative.startsWith('..') ? loaded.sourcePath : relative;
  const isBundledArticle = !env.SITE_SOURCE;

  // read (one reader per format) → normalise → correct (plain text) → parse → resolve links and media → outline → lint → render → cross-link → link topics → synonyms → check nothing was lost
  const beside = filesBeside(loaded.sourcePath);
  const read = await readArticle(sourceFile, readArticleBytes(loaded.sourcePath, sourceFile), beside);
  const { source, applied } = 'tree' in read ? { source: read, applied: [] } : normaliseAndCorrect(root, read, isBundledArticle);
  const parsed = parseArticle(source);
  const { settings, provenance } = withArticleSettings(loaded, read, parsed.title, loaded.sourcePath, () => detectLanguage(blocksText(parsed.blocks)));
  const media = resolveMedia(parsed.blocks, 'tree' in read ? read.files : beside, {
    file: sourceFile,
    base: settings.base,
    linkBase: settings.linkBase,
    articleName: path.basename(settings.sourcePath),
    words: wordsOf(settings.lang),
  });
  const article = { ...parsed, blocks: media.blocks };
  const topics = isBundledArticle ? outline(root, article, settings) : buildOutline(article, outlineSchema.parse({}), outlineOptions('', settings, root));
  const lines: SourceText = 'tree' in source ? { file: source.file, format: 'markdown', lines: source.lines } : source;
  const warnings = [...('tree' in source ? source.warnings : []), ...article.warnings, ...lintContent(lines, topics, settings.lang), ...media.warnings].sort(
    (a, b) => a.position.line - b.position.line || a.position.column - b.position.column,
  );
  const { topics: crossLinked, termIndex } = crossLinkTopics(root, topics.map((topic) => ({ topic, rendered: renderTopic(topic, settings.lang, wordsOf(settings.lang)) })), settings, isBundledArticle);
  const linked = linkTopics(crossLinked, (slug) => joinBase(settings.base, `/${slug}/`));
  const synonymised = isBundledArticle ? attachSynonyms(root, linked) : linked;
  const { rendered, links, warnings: linkWarnings } = keepPublishedLinks(root, synonymised, settings, sourceFile);
  warnings.push(...linkWarnings);
  // The site shows the article's title and each topic's heading outside the body: they count as emitted.
  const emitted = [
    ...(article.title ? [article.title] : []),
    ...('tree' in read && read.title ? [read.title.value] : []),
    ...rendered.flatMap((topic, index) => [topics[index]!.heading?.text ?? topic.frontmatter.title, ...blockTexts(topic.body)]),
  ];
  const { checked: sentences, lost } = checkConservation(article.units ?? lines, emitted, settings.lang);
  if (lost.length > 0) {
    const list = lost.slice(0, 10).map(({ line, sentence }) => `  ${sourceFile}:${line}: "${sentence}"`).join('\n');
    throw new UnfoldError(sourceFile, `${lost.length} sentence(s) of the article are missing from the topics:\n${list}`, {
      hint: 'this is a bug in the pipeline or the outline; nothing of the article may be lost. Check content/outline.yaml `moves`, then report it',
    });
  }
  const articleTitle = ('tree' in read ? read.title?.value : undefined) ?? article.title;
  return { settings, sourceFile, ...(articleTitle ? { articleTitle } : {}), format: read.format, provenance, topics, rendered, termIndex, corrections: applied, warnings, media: media.media, links, sentences };
}

function normaliseAndCorrect(root: string, read: SourceText, isBundledArticle: boolean) {
  const normalised = normaliseSource(read);
  return isBundledArticle ? correct(root, normalised) : { source: normalised, applied: [] };
}

/**
 * The settings for this article: what `content/site.yaml` sets wins, then what the article says about itself
 * (front matter, a web page's title and `<html lang>`, a Word document's Title and language), then, for the
 * language, what its text is written in (`detected`), then the defaults.
 */
function withArticleSettings(settings: ResolvedSettings, read: SourceText | ArticleTree, heading: string | undefined, sourcePath: string, detected: () => Sourced<string> | undefined) {
  const carried = 'tree' in read ? read : undefined;
  const fromYaml = (key: 'title' | 'lang') => settings.given.has(key) && settings[key] !== undefined;
  const title: Sourced<string> = fromYaml('title')
    ? { value: settings.title!, from: 'content/site.yaml' }
    : (carried?.title ?? (heading ? { value: heading, from: carried ? 'the article\'s first heading' : 'the article\'s first line' } : titleFromPath(sourcePath)));
  const lang: Sourced<string> = fromYaml('lang') ? { value: settings.lang, from: 'content/site.yaml' } : (carried?.lang ?? detected() ?? { value: settings.lang, from: 'default' });
  const description = settings.given.has('description') ? settings.description : (carried?.description?.value ?? settings.description);
  return { settings: { ...settings, lang: lang.value, description: description.slice(0, 300) }, provenance: { title, lang } };
}

function readArticleBytes(absolute: string, file: string): Uint8Array {
  if (!existsSync(absolute)) {
    throw new UnfoldError(file, 'does not exist', { hint: 'set SITE_SOURCE to an existing .txt, .md, .html or .docx file, or put the article at content/article.txt' });
  }
  return readFileSync(absolute);
}

/** A file of `content/`, read and validated, with where each key stands; `undefined` when the file is absent. */
function readContentConfig<Schema extends z.ZodType>(root: string, name: string, schema: Schema) {
  const file = path.join('content', name);
  const absolute = path.join(root, file);
  if (!existsSync(absolute)) return undefined;
  const { value, source } = readYamlConfig(file, readFileSync(absolute, 'utf8'), schema);
  return { file, value, pointAt: (keyPath: readonly PropertyKey[]) => pointAt(source, keyPath) };
}

function correct(root: string, source: SourceText) {
  const config = readContentConfig(root, 'corrections.yaml', correctionsSchema);
  if (!config) return { source, applied: [] };
  const placed = config.value.map((correction, index) => ({ ...correction, configPoint: config.pointAt([index]) }));
  return applyCorrections(source, placed, config.file);
}

/** Links the topics to the index of terms and to each other. Like the outline, the terms belong to the bundled article. */
function crossLinkTopics(root: string, pairs: TopicToLink[], settings: ResolvedSettings, isBundledArticle: boolean) {
  // astro.config.mjs gives Astro the base from the same settings, so these links agree with withBase().
  const termsHref = joinBase(settings.base, '/terms/');
  const config = isBundledArticle ? readContentConfig(root, 'terms.yaml', termsSchema) : undefined;
  if (!config) return crossLink(pairs, [], { termsHref, lang: settings.lang });
  return crossLink(pairs, config.value, { configFile: config.file, pointAt: config.pointAt, termsHref, lang: settings.lang });
}

/** Readers' words for search, on the paragraphs that answer them. Like the outline, they belong to the bundled article. */
function attachSynonyms(root: string, rendered: RenderedTopic[]): RenderedTopic[] {
  const config = readContentConfig(root, 'synonyms.yaml', synonymsSchema);
  if (!config) return rendered;
  return addSynonyms(rendered, config.value, { configFile: config.file, pointAt: config.pointAt });
}

/**
 * Keeps every link the site has published landing (scripts/links/keep-links.ts), with each article's own
 * ledger (`ledgerName`).
 */
function keepPublishedLinks(root: string, topics: RenderedTopic[], settings: ResolvedSettings, sourceFile: string) {
  const key = ledgerName(settings.sourcePath, path.resolve(settings.contentDir, settings.source));
  const file = path.join('content', 'published-links', `${key}.yaml`);
  const absolute = path.join(root, file);
  const before = existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
  const config = before === undefined ? undefined : readYamlConfig(file, before, publishedLinksSchema);
  const kinds = new Set(topics.map((topic) => topic.frontmatter.kind).filter((kind) => kind !== 'overview'));
  const kept = keepLinks(topics, config ? ledgerFromConfig(config.value) : [], {
    ledgerFile: file,
    pointAt: (page, id) => (config ? pointAt(config.source, id === undefined ? [page, 'page'] : [page, 'ids', id]) : { line: 1, column: 1 }),
    topicPath: (topic) => (topic.frontmatter.kind === 'overview' ? '/' : `/${topic.frontmatter.slug}/`),
    otherPages: [...[...kinds].map((kind) => `/${kindInfo[kind].hub}/`), ...contentPageSlugs(root).map((slug) => `/${slug}/`)],
    fixedPages: ['/', '/search/', '/terms/', '/source/'],
    homeTitle: wordsOf(settings.lang).text('home.name'),
  });
  const text = serialiseLedger(kept.ledger, sourceFile);
  return { rendered: kept.rendered, warnings: kept.warnings, links: { file, text, changed: text !== before, redirects: kept.redirects } };
}

/** The hand-written pages' slugs: the built-in pages (src/i18n/pages/) and those of content/pages/. */
function contentPageSlugs(root: string): string[] {
  const pagesDir = path.join(root, 'content', 'pages');
  const written = existsSync(pagesDir) ? readdirSync(pagesDir).filter((name) => /\.mdx?$/.test(name)).map((name) => name.replace(/\.mdx?$/, '')) : [];
  return [...new Set([...builtInPages, ...written])];
}

function outline(root: string, article: ReturnType<typeof parseArticle>, settings: ResolvedSettings): Topic[] {
  const config = readContentConfig(root, 'outline.yaml', outlineSchema);
  const file = path.join('content', 'outline.yaml');
  if (!config) return buildOutline(article, outlineSchema.parse({}), outlineOptions(file, settings, root));
  return buildOutline(article, config.value, { ...outlineOptions(file, settings, root), pointAt: config.pointAt });
}

function outlineOptions(configFile: string, settings: ResolvedSettings, root: string) {
  return {
    configFile,
    pointAt: () => ({ line: 1, column: 1 }),
    reservedSlugs: [...reservedSlugs, ...contentPageSlugs(root)],
    overviewTitle: settings.title ?? wordsOf(settings.lang).text('overview.defaultTitle'),
    lang: settings.lang,
  };
}
