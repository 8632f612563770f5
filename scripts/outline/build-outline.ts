import { UnfoldError, type SourcePoint } from '../lib/unfold-error.ts';
import { quoteFinder } from '../lib/quote-match.ts';
import { firstSentence } from '../lib/text-segments.ts';
import { UniqueSlugs } from '../lib/slug.ts';
import type { ParsedArticle } from '../parse/parse-article.ts';
import type { OutlineConfig } from '../schemas/outline.ts';
import type { Block, HeadingBlock, Topic, TopicKind } from '../types.ts';

export interface OutlineOptions {
  /** The outline file's name, for errors. */
  configFile: string;
  /** Where a key of the outline file stands, for errors. */
  pointAt: (path: readonly (string | number)[]) => SourcePoint;
  /** Slugs the site uses for its own pages. */
  reservedSlugs: readonly string[];
  /** Title of the overview when neither the outline nor the article names one. */
  overviewTitle: string;
  /** The article's language (BCP 47), which says where the sentence a summary quotes ends. */
  lang: string;
}

/** One topic while it is being assembled: where it starts and which blocks it holds. */
interface Draft {
  start: number;
  heading?: HeadingBlock;
  blocks: Block[];
  config?: OutlineConfig['topics'][number];
}

/**
 * Groups blocks into topics. Without configuration the text before the first heading is the overview,
 * each heading starts a topic and sub-headings become its sections. `content/outline.yaml` can set each
 * topic's kind, title, slug and summary, start a topic at any block, and move runs of blocks to another topic.
 */
export function buildOutline(article: ParsedArticle, config: OutlineConfig, options: OutlineOptions): Topic[] {
  const { blocks } = article;
  const find = anchorFinder(blocks, options);

  const configAt = new Map<number, OutlineConfig['topics'][number]>();
  config.topics.forEach((entry, index) => {
    const block = find(entry.at, ['topics', index, 'at']);
    const earlier = configAt.get(block);
    if (earlier) {
      throw new UnfoldError(options.configFile, `"${entry.at}" quotes the same block as the entry "${earlier.at}"`, {
        point: options.pointAt(['topics', index, 'at']),
        hint: 'describe each topic once: merge the two entries',
      });
    }
    configAt.set(block, entry);
  });

  // A moved run is cut out first, so that a topic's extent is computed without it.
  const moved = new Map<number, Block[]>();
  const movedIndices = new Set<number>();
  config.moves.forEach((move, index) => {
    const from = find(move.from, ['moves', index, 'from']);
    const to = find(move.to, ['moves', index, 'to']);
    const into = find(move.into, ['moves', index, 'into']);
    if (to < from) {
      throw new UnfoldError(options.configFile, `\`to\` quotes a block that stands before \`from\``, {
        point: options.pointAt(['moves', index, 'to']),
        hint: 'quote the first block of the run in `from` and its last block in `to`',
      });
    }
    for (let block = from; block <= to; block++) {
      if (blocks[block]!.type === 'heading' || configAt.has(block) || movedIndices.has(block)) {
        throw new UnfoldError(options.configFile, `the run from "${move.from}" to "${move.to}" contains the start of a topic or another moved run`, {
          point: options.pointAt(['moves', index]),
          hint: 'a moved run may hold paragraphs, lists and sub-headings, not headings',
        });
      }
      movedIndices.add(block);
    }
    if (blocks[into]!.type !== 'heading' && !configAt.has(into)) {
      throw new UnfoldError(options.configFile, `\`into\` quotes a block that does not start a topic`, {
        point: options.pointAt(['moves', index, 'into']),
        hint: 'quote a heading, or a block that an entry of `topics` starts a topic at',
      });
    }
    moved.set(into, [...(moved.get(into) ?? []), ...blocks.slice(from, to + 1)]);
  });

  const drafts: Draft[] = [{ start: -1, blocks: [] }];
  blocks.forEach((block, index) => {
    if (movedIndices.has(index)) return;
    const entry = configAt.get(index);
    if (block.type === 'heading') {
      drafts.push({ start: index, heading: block, blocks: [...(moved.get(index) ?? [])], ...(entry ? { config: entry } : {}) });
    } else if (entry) {
      drafts.push({ start: index, blocks: [block, ...(moved.get(index) ?? [])], config: entry });
    } else {
      drafts.at(-1)!.blocks.push(block);
    }
  });

  const slugs = new UniqueSlugs(options.reservedSlugs);
  const topics: Topic[] = [];
  for (const draft of drafts) {
    if (draft.start === -1) {
      if (draft.blocks.length === 0) continue;
      const title = config.overview?.title ?? article.title ?? options.overviewTitle;
      topics.push({
        slug: 'overview',
        title,
        kind: 'overview',
        order: 0,
        summary: config.overview?.summary ?? summarise(draft.blocks, options.lang),
        blocks: draft.blocks,
      });
      continue;
    }
    const entry = draft.config;
    const first = draft.blocks[0];
    const title = entry?.title ?? draft.heading?.label ?? (first?.type === 'subheading' ? first.text : undefined);
    if (title === undefined) {
      const index = config.topics.indexOf(entry!);
      throw new UnfoldError(options.configFile, `the topic that starts at "${entry!.at}" needs a \`title\``, {
        point: options.pointAt(['topics', index]),
        hint: 'a topic that starts at a paragraph or list has no heading to take its title from',
      });
    }
    // A sub-heading that starts a topic becomes its title, so it is not repeated in the body.
    const body = !draft.heading && first?.type === 'subheading' && entry?.title === undefined ? draft.blocks.slice(1) : draft.blocks;
    const heading = draft.heading ?? (first?.type === 'subheading' && body !== draft.blocks ? { ...first, type: 'heading' as const, label: first.text } : undefined);
    // A number says where a section stands, not what it is: a report's "1. Introduction" is no strategy. Kinds are an editor's choice.
    const kind: TopicKind = entry?.kind ?? 'guide';
    topics.push({
      slug: entry?.slug ? claim(slugs, entry.slug, options, config.topics.indexOf(entry)) : slugs.take(title, { fallback: 'topic' }),
      title,
      kind,
      order: topics.length + (topics[0]?.kind === 'overview' ? 0 : 1),
      summary: entry?.summary ?? summarise(body, options.lang),
      ...(draft.heading?.number !== undefined ? { number: draft.heading.number } : {}),
      ...(heading ? { heading } : {}),
      blocks: body,
    });
  }
  return topics;
}

/** Default summary: the author's own first sentence of the topic. */
function summarise(blocks: readonly Block[], lang: string): string {
  for (const block of blocks) {
    if (block.type === 'paragraph') return firstSentence(block.text, lang);
    if (block.type === 'quote') return firstSentence(block.paragraphs[0]!.text, lang);
    if (block.type === 'list') return firstSentence(block.items[0]!.text, lang);
  }
  return '';
}

function claim(slugs: UniqueSlugs, wanted: string, options: OutlineOptions, index: number): string {
  const taken = slugs.take(wanted);
  if (taken !== wanted) {
    throw new UnfoldError(options.configFile, `the slug "${wanted}" is already used by another page`, {
      point: options.pointAt(['topics', index, 'slug']),
      hint: `choose another slug; these are the site's own: ${options.reservedSlugs.join(', ')}`,
    });
  }
  return taken;
}

/** Finds the one block an anchor quotes: its text starts or ends with the anchor. Nothing or twice is an error. */
function anchorFinder(blocks: readonly Block[], options: OutlineOptions) {
  const quoted = quoteFinder(blocks.map((block) => block.text));
  return (anchor: string, path: readonly (string | number)[]): number => {
    const matches = quoted(anchor);
    if (matches.length !== 1) {
      const lines = matches.map((index) => blocks[index]!.position.line).join(', ');
      throw new UnfoldError(
        options.configFile,
        matches.length === 0 ? `"${anchor}" matches no block of the article` : `"${anchor}" matches ${matches.length} blocks (lines ${lines})`,
        {
          point: options.pointAt(path),
          hint: matches.length === 0 ? 'quote the first (or last) words of a paragraph, list or heading exactly as written' : 'quote more words, so that only one block matches',
        },
      );
    }
    return matches[0]!;
  };
}
