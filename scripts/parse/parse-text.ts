import { headingStart, isShort, isShortUnpunctuated } from '../lib/heading-shape.ts';
import { isParagraphPerLine } from '../lib/paragraph-lines.ts';
import type { Block, HeadingBlock, Inline, ListBlock, ParagraphBlock, SourceText } from '../types.ts';

/** A line of the plain-text convention, classified by its leading marker. */
type Unit =
  | { kind: 'heading'; inline: Inline }
  | { kind: 'bullet'; inline: Inline }
  | { kind: 'numbered'; number: number; inline: Inline }
  | { kind: 'paragraph'; inline: Inline };

/** A heading starts with a no-break space; some writers put spaces after it. */
const headingMarker = /^\u00A0[\u00A0 \t]*/;
/**
 * A bullet: `•` and its kin, as typed or as a copy from Word gives them (`·` and the Symbol font's private
 * `\uF0B7` for the first level, `o` and a tab for the second, `\uF0A7` for the third), or an indented `-` or `*`.
 */
const bulletMarker = /^[ \t]*(?:[•◦▪‣●·\uF0B7\uF0A7]|o(?=\t))[ \t\u00A0]+|^[ \t]+[-*][ \t]+/;
/** `- item` at the very start of a line, as notes and emails list things: a bullet only beside another one, since a lone dash may open a sentence. */
const lineStartDash = /^([-*+])[ \t]+(?=\S)/;
const numberMarker = /^(\d{1,3})[.)][ \t\u00A0]+/;
const openingQuote = /^["“„«]/;
const closingQuote = /["”»]$/;
const doubleQuotes = /["“”„«»]/g;
/** A heading that trails into the list under it (`Avoid partners where...`). */
const trailingEllipsis = /(?:\.\.\.|…)$/;
/** Questions are headings, in an article without marks, only when it asks this many: one or two alone may be the author's own. */
const minQuestionHeadings = 3;

/**
 * Parses the plain-text convention into blocks, each with the line and column where it starts:
 * headings (a leading U+00A0), bullet items (`  • text`, or `- text` lines), numbered list items (`1. text` after a line
 * ending with `:`), sub-headings (a short line without final punctuation, followed by paragraphs),
 * quotations (paragraphs in quotation marks) and paragraphs. An article without a single U+00A0 mark
 * gets its headings from their shape instead (`inferHeadings`).
 */
export function parseText(source: SourceText): Block[] {
  const units = readUnits(source);
  const blocks = groupBlocks(units);
  return units.some((unit) => unit.kind === 'heading') ? blocks : inferHeadings(blocks);
}

/**
 * Finds the headings of an article that has no U+00A0 marks, as text copied from a browser loses them.
 * A heading is a short line that leads into text: without final punctuation, or ending with `...` when
 * a list follows, or a question when the article has at least three such (an FAQ, an explainer).
 * Its level comes from the structure a marked article has: numbered headings (indented or not) are
 * pages; a heading that leads into a list is a page; one that leads into a paragraph is a page unless
 * it stands inside the numbered series (between its first and last heading), where it is a section of
 * that numbered page. The article's first block is never a page: it is the title or the opening line.
 */
function inferHeadings(blocks: Block[]): Block[] {
  const numbered = new Set(blocks.flatMap((block, index) => (isNumberedHeading(block, blocks[index - 1]) ? [index] : [])));
  const first = Math.min(...numbered);
  const last = Math.max(...numbered);
  const follows = (index: number): 'list' | 'text' | undefined => {
    const next = blocks[index + 1];
    if (!next || next.type === 'heading' || numbered.has(index + 1)) return undefined;
    return next.type === 'list' || (next.type === 'paragraph' && numberMarker.test(next.text)) ? 'list' : 'text';
  };
  const isQuestion = (block: Block, index: number) =>
    block.type === 'paragraph' && block.text.endsWith('?') && isShort(block.text) && headingStart.test(block.text) && follows(index) !== undefined;
  const asksQuestions = blocks.filter(isQuestion).length >= minQuestionHeadings;

  const found = blocks.map((block, index): Block => {
    if (block.type === 'heading' || index === 0 || !headingStart.test(block.text)) return block;
    if (numbered.has(index)) return headingBlock(block);
    const next = follows(index);
    const line = block.type === 'subheading' || (block.type === 'paragraph' && isShortUnpunctuated(block.text));
    const question = asksQuestions && isQuestion(block, index);
    const trailing = block.type === 'paragraph' && trailingEllipsis.test(block.text) && isShortUnpunctuated(block.text.replace(trailingEllipsis, ''));
    if (next === 'list' && (line || question || trailing)) return headingBlock(block);
    if (next === 'text' && (line || question)) return first < index && index < last ? { type: 'subheading', text: block.text, position: block.position } : headingBlock(block);
    return block;
  });
  // As in a marked article, a short line that a heading follows is a paragraph, not a section of nothing.
  return found.map((block, index) => (block.type === 'subheading' && found[index + 1]?.type === 'heading' ? { type: 'paragraph', text: block.text, position: block.position } : block));
}

/** `3. Build up gradually`: short, unpunctuated, and not an item that a line ending with a colon introduces. */
function isNumberedHeading(block: Block, previous: Block | undefined): boolean {
  if (block.type === 'heading') return block.number !== undefined;
  const numbered = numberMarker.exec(block.text);
  return (block.type === 'paragraph' || block.type === 'subheading') && numbered !== null && isShortUnpunctuated(block.text.slice(numbered[0].length)) && !previous?.text.endsWith(':');
}

/** Splits lines into units; hard-wrapped lines of one paragraph or item are joined with a space, unless each line is a paragraph. */
function readUnits(source: SourceText): Unit[] {
  const joinsLines = !isParagraphPerLine(source.lines);
  const units: Unit[] = [];
  let open: Unit | undefined;
  const dashOf = (index: number) => lineStartDash.exec(source.lines[index]?.text ?? '')?.[1];
  for (const [index, { line, text }] of source.lines.entries()) {
    if (text.trim() === '') {
      open = undefined;
      continue;
    }
    const heading = headingMarker.exec(text);
    const dash = lineStartDash.exec(text);
    const bullet = bulletMarker.exec(text) ?? (dash && (dashOf(index - 1) || dashOf(index + 1)) ? dash : null);
    const numbered = numberMarker.exec(text);
    const inline = (marker: RegExpExecArray | null): Inline => {
      const start = marker ? marker[0].length : text.length - text.trimStart().length;
      return { text: text.slice(start).trim(), position: { line, column: start + 1 } };
    };
    if (heading && text.trim() !== '') {
      units.push({ kind: 'heading', inline: inline(heading) });
      open = undefined;
    } else if (bullet) {
      open = { kind: 'bullet', inline: inline(bullet) };
      units.push(open);
    } else if (numbered) {
      open = { kind: 'numbered', number: Number(numbered[1]), inline: inline(numbered) };
      units.push(open);
    } else if (open && joinsLines) {
      open.inline.text += ` ${text.trim()}`;
    } else {
      open = { kind: 'paragraph', inline: inline(null) };
      units.push(open);
    }
  }
  return units.filter((unit) => unit.inline.text !== '');
}

function headingBlock({ text, position }: Inline): HeadingBlock {
  const numbered = numberMarker.exec(text);
  const label = numbered ? text.slice(numbered[0].length).trim() : text;
  return { type: 'heading', text, position, label, ...(numbered ? { number: Number(numbered[1]) } : {}) };
}

/** True when a quotation that opens in this paragraph also closes in it. */
function closesQuotation(text: string): boolean {
  return closingQuote.test(text) || (text.match(doubleQuotes)?.length ?? 0) % 2 === 0;
}

function groupBlocks(units: Unit[]): Block[] {
  const blocks: Block[] = [];
  const lastBlock = (): Block | undefined => blocks.at(-1);
  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!;
    const previous = units[index - 1];
    const next = units[index + 1];
    switch (unit.kind) {
      case 'heading':
        blocks.push(headingBlock(unit.inline));
        break;
      case 'bullet':
      case 'numbered': {
        const ordered = unit.kind === 'numbered';
        const continuesList = (() => {
          const last = lastBlock();
          return last?.type === 'list' && last.ordered === ordered && previous?.kind === unit.kind;
        })();
        const introducedByColon = previous?.kind === 'paragraph' && previous.inline.text.endsWith(':');
        // Numbered lines one under the other, each the next number ("1. …", "2. …" on the next line), are a
        // list even without a colon before them: the numbered headings of an article have text between them.
        const startsRun = ordered && next?.kind === 'numbered' && next.number === (unit as { number: number }).number + 1 && next.inline.position.line === unit.inline.position.line + 1;
        if (ordered && !continuesList && !introducedByColon && !startsRun) {
          // A numbered line that no colon introduces: a heading that lost its marker, or a paragraph.
          const text = `${(unit as { number: number }).number}. ${unit.inline.text}`;
          const inline = { ...unit.inline, text, position: { ...unit.inline.position, column: 1 } };
          blocks.push(isShortUnpunctuated(unit.inline.text) ? headingBlock(inline) : { type: 'paragraph', ...inline });
          break;
        }
        if (continuesList) {
          const list = lastBlock() as ListBlock;
          list.items.push(unit.inline);
          list.text += `\n${unit.inline.text}`;
        } else {
          blocks.push({
            type: 'list',
            ordered,
            start: unit.kind === 'numbered' ? unit.number : 1,
            items: [unit.inline],
            text: unit.inline.text,
            position: unit.inline.position,
          });
        }
        break;
      }
      case 'paragraph': {
        const { text } = unit.inline;
        if (openingQuote.test(text)) {
          const paragraphs = [unit.inline];
          if (!closesQuotation(text)) {
            // A quotation over several paragraphs opens in the first and closes in the last.
            let end = index + 1;
            while (units[end]?.kind === 'paragraph' && !closingQuote.test(units[end]!.inline.text)) end++;
            if (units[end]?.kind === 'paragraph') {
              paragraphs.push(...units.slice(index + 1, end + 1).map((following) => following.inline));
              index = end;
            }
          }
          blocks.push({ type: 'quote', paragraphs, text: paragraphs.map((p) => p.text).join('\n'), position: unit.inline.position });
        } else if (isShortUnpunctuated(text) && next?.kind === 'paragraph') {
          blocks.push({ type: 'subheading', ...unit.inline });
        } else {
          blocks.push({ type: 'paragraph', ...unit.inline } satisfies ParagraphBlock);
        }
        break;
      }
    }
  }
  return blocks;
}
