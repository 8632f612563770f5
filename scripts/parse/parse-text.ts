import type { Block, HeadingBlock, Inline, ListBlock, ParagraphBlock, SourceText } from '../types.ts';

/** A line of the plain-text convention, classified by its leading marker. */
type Unit =
  | { kind: 'heading'; inline: Inline }
  | { kind: 'bullet'; inline: Inline }
  | { kind: 'numbered'; number: number; inline: Inline }
  | { kind: 'paragraph'; inline: Inline };

/** A heading starts with a no-break space; some writers put spaces after it. */
const headingMarker = /^\u00A0[\u00A0 \t]*/;
const bulletMarker = /^[ \t]*[•◦▪‣●][ \t\u00A0]+|^[ \t]+[-*][ \t]+/;
const numberMarker = /^(\d{1,3})[.)][ \t\u00A0]+/;
const openingQuote = /^["“„«]/;
const closingQuote = /["”»]$/;
const doubleQuotes = /["“”„«»]/g;
/** Sentence-final punctuation; a line that ends without it may be a heading. Closing brackets do not count. */
const finalPunctuation = /[.!?:;,…"”’'»]$/;

/** Headings and sub-headings are short: at most this many characters and words. */
const maxHeadingLength = 100;
const maxHeadingWords = 16;

/**
 * Parses the plain-text convention into blocks, each with the line and column where it starts:
 * headings (a leading U+00A0), bullet items (`  • text`), numbered list items (`1. text` after a line
 * ending with `:`), sub-headings (a short line without final punctuation, followed by paragraphs),
 * quotations (paragraphs in quotation marks) and paragraphs.
 */
export function parseText(source: SourceText): Block[] {
  return groupBlocks(readUnits(source));
}

/** Splits lines into units; hard-wrapped lines of one paragraph or item are joined with a space. */
function readUnits(source: SourceText): Unit[] {
  const units: Unit[] = [];
  let open: Unit | undefined;
  for (const { line, text } of source.lines) {
    if (text.trim() === '') {
      open = undefined;
      continue;
    }
    const heading = headingMarker.exec(text);
    const bullet = bulletMarker.exec(text);
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
    } else if (open) {
      open.inline.text += ` ${text.trim()}`;
    } else {
      open = { kind: 'paragraph', inline: inline(null) };
      units.push(open);
    }
  }
  return units.filter((unit) => unit.inline.text !== '');
}

function isShortUnpunctuated(text: string): boolean {
  return text.length <= maxHeadingLength && text.split(/\s+/).length <= maxHeadingWords && !finalPunctuation.test(text);
}

function headingBlock(inline: Inline): HeadingBlock {
  const numbered = numberMarker.exec(inline.text);
  const label = numbered ? inline.text.slice(numbered[0].length).trim() : inline.text;
  return { type: 'heading', ...inline, label, ...(numbered ? { number: Number(numbered[1]) } : {}) };
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
        if (ordered && !continuesList && !introducedByColon) {
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
