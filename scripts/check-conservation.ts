import type { Root as MdastRoot } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { splitSentences } from './lib/sentences.ts';
import type { SourceText } from './types.ts';

/** A sentence of the source that no emitted topic contains. */
export interface LostSentence {
  line: number;
  sentence: string;
}

/** A stretch of the source's own text (a paragraph, item or heading) with its line. */
interface SourceUnit {
  line: number;
  text: string;
}

/** Markdown nodes whose text a reader reads as one stretch. */
const textBlocks = new Set(['paragraph', 'heading', 'code', 'html', 'tableCell']);

const lineMarker = /^[\u00A0 \t]*(?:[•◦▪‣●]|[-*](?=[ \t])|\d{1,3}[.)](?=[ \t\u00A0]))?[ \t\u00A0]*/;

/**
 * Finds every sentence of the source that is missing from the emitted topics.
 * The source is the article after normalisation and corrections; the emitted text is what readers see.
 */
export function findLostSentences(source: SourceText, emittedTexts: readonly string[]): LostSentence[] {
  const emitted = emittedTexts.join('\n').replace(/\s+/g, ' ');
  const known = new Set(emittedTexts.flatMap((text) => splitSentences(text)));
  const lost: LostSentence[] = [];
  for (const unit of sourceUnits(source)) {
    for (const sentence of splitSentences(unit.text)) {
      if (!known.has(sentence) && !emitted.includes(sentence)) lost.push({ line: unit.line, sentence });
    }
  }
  return lost;
}

/** The source's text without markup: each line's marker (heading space, bullet, number) or Markdown syntax removed. */
function sourceUnits(source: SourceText): SourceUnit[] {
  if (source.format === 'markdown') {
    const tree: MdastRoot = unified().use(remarkParse).use(remarkGfm).parse(source.lines.map((line) => line.text).join('\n'));
    const units: SourceUnit[] = [];
    visit(tree, (node) => {
      if (!textBlocks.has(node.type)) return undefined;
      units.push({ line: node.position?.start.line ?? 1, text: toString(node) });
      return SKIP;
    });
    return units;
  }
  return source.lines.map((line) => ({ line: line.line, text: line.text.replace(lineMarker, '') }));
}
