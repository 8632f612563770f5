import { isParagraphPerLine } from '../lib/paragraph-lines.ts';
import { splitSentences } from '../lib/text-segments.ts';
import type { SourceText } from '../types.ts';

/** A sentence of the source that no emitted topic contains. */
export interface LostSentence {
  line: number;
  sentence: string;
}

/** A stretch of the source's own text (a paragraph, item or heading) with its line. */
export interface SourceUnit {
  line: number;
  text: string;
}

/** What starts a new paragraph, item or heading in the plain-text convention, removed before comparing. */
const lineMarker = /^(?:\u00A0[\u00A0 \t]*(?:\d{1,3}[.)][ \t\u00A0]+)?|[ \t]*[•◦▪‣●][ \t\u00A0]+|[ \t]+[-*][ \t]+|\d{1,3}[.)][ \t\u00A0]+)/;
const headingMarker = /^\u00A0/;
/** A numbered heading's or item's number, which the page shows before its first sentence. */
const leadingNumber = /^[ \t\u00A0]*\d{1,3}[.)][ \t\u00A0]+/;

/** What the check found: the source's sentences, and those no emitted topic contains. */
export interface Conservation {
  checked: number;
  lost: LostSentence[];
}

/**
 * Checks every sentence of the source against the emitted topics: how many there are, and which are missing.
 * The source is a plain-text article after normalisation and corrections, or the text of the tree a reader
 * of another format produced (`parseTree`'s `units`); `emittedBlocks` is the text of each
 * paragraph, item and heading readers see. Sentences are counted, so a sentence that occurs twice in
 * the source must occur twice in the output: finding its words elsewhere does not excuse a loss.
 * `lang`, the article's language, says where its sentences end (`。` and `؟` as well as `.`).
 */
export function checkConservation(source: SourceText | readonly SourceUnit[], emittedBlocks: readonly string[], lang: string): Conservation {
  // Most lines of the source stand as they are in some emitted block: each distinct line is split once.
  const split = new Map<string, string[]>();
  const sentencesOf = (text: string) => text.split('\n').flatMap((line) => split.get(line) ?? split.set(line, sentencesOfLine(line, lang)).get(line)!);
  const available = new Map<string, number>();
  for (const sentence of emittedBlocks.flatMap(sentencesOf)) available.set(sentence, (available.get(sentence) ?? 0) + 1);
  const lost: LostSentence[] = [];
  let checked = 0;
  for (const unit of 'lines' in source ? sourceUnits(source) : source) {
    for (const sentence of sentencesOf(unit.text)) {
      checked++;
      const count = available.get(sentence) ?? 0;
      if (count === 0) lost.push({ line: unit.line, sentence });
      else available.set(sentence, count - 1);
    }
  }
  return { checked, lost };
}

/** The sentences of the source that are missing from the emitted topics (`checkConservation`'s `lost`). */
export function findLostSentences(source: SourceText | readonly SourceUnit[], emittedBlocks: readonly string[], lang: string): LostSentence[] {
  return checkConservation(source, emittedBlocks, lang).lost;
}

/**
 * The sentences of one line: a line break always ends a stretch of text (a block, a line of code), whatever
 * its punctuation. A leading number ("1. ") stands apart: the source's units drop it where the page keeps it,
 * and a sentence boundary need not follow it ("1. <b>" and "1. e-mail" do not start a sentence after the number).
 */
function sentencesOfLine(line: string, lang: string): string[] {
  const number = leadingNumber.exec(line)?.[0] ?? '';
  return number ? [number.trim(), ...splitSentences(line.slice(number.length), lang)] : splitSentences(line, lang);
}

/** A plain-text source's text without markup: each line's marker (heading space, bullet, number) removed. */
function sourceUnits(source: SourceText): SourceUnit[] {
  // A paragraph or item may be wrapped over several lines: a line with no marker continues the one above,
  // unless the article puts each paragraph on a line of its own.
  const joinsLines = !isParagraphPerLine(source.lines);
  const units: SourceUnit[] = [];
  let open: SourceUnit | undefined;
  for (const { line, text } of source.lines) {
    if (text.trim() === '') {
      open = undefined;
    } else if (open && joinsLines && !lineMarker.test(text)) {
      open.text += ` ${text.trim()}`;
    } else {
      open = { line, text: text.replace(lineMarker, '') };
      units.push(open);
      if (headingMarker.test(text)) open = undefined;
    }
  }
  return units;
}
