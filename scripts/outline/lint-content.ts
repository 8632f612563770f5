import { scriptOf } from '../../src/i18n/languages.ts';
import { sentenceStarts } from '../lib/text-segments.ts';
import type { LintWarning, SourceText, Topic } from '../types.ts';

/** A check of one line of text: each match is a suspected defect. */
interface LineRule {
  rule: string;
  pattern: RegExp;
  /**
   * A quick test that every line with a match of `pattern` passes, when `pattern` is slow: V8 tests a \p{…}
   * class at every character of a line, about twenty times slower than an ASCII class, and most lines have no match.
   */
  candidate?: RegExp;
  message: (match: string) => string;
  hint: string;
}

const runTogether = {
  rule: 'words-run-together',
  message: (match: string) => `"${match}" looks like words run together`,
  hint: 'add the missing space or punctuation with an entry in content/corrections.yaml',
};

const lineRules: LineRule[] = [
  // A capital inside a lower-case word ("specifyCommunicate"; a word that starts with a capital, such as "GitHub",
  // is a name written so), or after a full stop ("terms.This"), which Unicode's sentence boundaries read as an
  // abbreviation ("U.S.A"); `sentencesRunTogether` finds the others.
  // A line whose letters are all ASCII (U+00A0 and the General Punctuation block hold none) can only match
  // where a lower-case letter or a full stop comes before a capital.
  { ...runTogether, pattern: /(?<!\p{L})\p{Ll}{2,}\p{Lu}\p{Ll}+|\p{Ll}+[.!?]\p{Lu}\p{Ll}+/gu, candidate: /[a-z.!?][A-Z]|[^\x00-\x7F\u00A0\u2000-\u206F]/ },
  {
    rule: 'lost-link',
    pattern: /\bread this article\b|^article:|\bclick here\b|\((?:read|see)\s[^)]*\)|\bcheck out (?:the |these |this )?videos?\b|\bin the [\w ]+ section\b/giu,
    message: (match) => `"${match}" refers to a link or page the scrape lost`,
    hint: 'the sentence is kept as written; restore the link in the source, or accept that it points nowhere',
  },
];

const strayCharacter = {
  rule: 'stray-character',
  message: (match: string) => `stray character U+${match.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
  hint: 'delete it from the source; it is invisible or a sign of a broken encoding',
};
const strayCharacters = /[\uFFFD\u200B-\u200D\u2060\u00AD\uFEFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F]/gu;
/** Arabic script shapes its letters with the zero-width non-joiner and joiner (Persian, Urdu, Arabic): there they are not stray. */
const strayInArabicScript = /[\uFFFD\u200B\u2060\u00AD\uFEFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F]/gu;

/** Sentence ends that take a space before the next sentence; Chinese and Japanese `。！？` take none. */
const spacedSentenceEnds = new Set(['.', '!', '?', '؟', '۔', '…']);
/** Closing quotes and brackets that may stand between a sentence's end and the next sentence. */
const closing = /[\p{Pe}\p{Pf}"']/u;
const letter = /[\p{L}\p{M}]/u;
/** A line with no sentence end followed by a letter has no sentences run together: it need not be segmented. */
const markBeforeLetter = /[.!?؟۔…][\p{Pe}\p{Pf}"']*\p{L}/u;

/**
 * Sentences with no space between them ("معه.ثم", "بخير؟نعم", "really?no"): where the language's sentence
 * boundaries fall inside a run of text after a full stop, question or exclamation mark, between two letters.
 * Yields each match as the word before, the mark and the word after, with its offset in the line.
 */
function* sentencesRunTogether(text: string, lang: string): Generator<{ index: number; match: string }> {
  if (!markBeforeLetter.test(text)) return;
  for (const start of sentenceStarts(text, lang)) {
    if (!letter.test(text[start]!)) continue;
    let end = start - 1;
    while (end >= 0 && closing.test(text[end]!)) end--;
    if (end < 1 || !spacedSentenceEnds.has(text[end]!) || !letter.test(text[end - 1]!)) continue;
    let from = end - 1;
    while (from > 0 && letter.test(text[from - 1]!)) from--;
    let to = start;
    while (to < text.length && letter.test(text[to]!)) to++;
    yield { index: from, match: text.slice(from, to) };
  }
}

/**
 * Finds suspected defects of a scraped article: words run together, references to links the scrape
 * lost, stray characters, and headings with no text under them. It reports; it never changes the text.
 * `lang`, the article's language, says where its sentences end and which invisible characters belong to its script.
 */
export function lintContent(source: SourceText, topics: readonly Topic[], lang: string): LintWarning[] {
  const warnings: LintWarning[] = [];
  const stray = { ...strayCharacter, pattern: scriptOf(lang) === 'Arab' ? strayInArabicScript : strayCharacters };
  const rules: LineRule[] = [...lineRules, stray];
  for (const { line, column, text } of source.lines) {
    const found = new Set<number>();
    for (const { rule, pattern, candidate, message, hint } of rules) {
      if (candidate && !candidate.test(text)) continue;
      // `exec` on the rule's own expression: `matchAll` copies it for every line.
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        found.add(match.index);
        // A block of a web page or Word document is text taken out of markup: its warnings point at the block.
        warnings.push({ file: source.file, position: { line, column: column ?? match.index + 1 }, rule, message: message(match[0]), hint });
      }
    }
    for (const { index, match } of sentencesRunTogether(text, lang)) {
      if (!found.has(index)) warnings.push({ file: source.file, position: { line, column: column ?? index + 1 }, rule: runTogether.rule, message: runTogether.message(match), hint: runTogether.hint });
    }
  }
  for (const topic of topics) {
    if (topic.heading && topic.blocks.length === 0) {
      warnings.push({
        file: source.file,
        position: topic.heading.position,
        rule: 'empty-heading',
        message: `the heading "${topic.heading.text}" has no text under it`,
        hint: 'write its text, or give it paragraphs from elsewhere with a `moves` entry in content/outline.yaml',
      });
    }
  }
  return warnings.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
}

/**
 * `file:line:column: message (rule)` and the hint, one warning per two lines. A Word document has no lines:
 * its warnings name the paragraph (`guide.docx, paragraph 12: …`), which is what their `line` counts.
 */
export function formatWarning(warning: LintWarning): string {
  const { file, position, message, rule, hint } = warning;
  const place = /\.docx$/i.test(file) ? `${file}, paragraph ${position.line}` : `${file}:${position.line}:${position.column}`;
  return `${place}: ${message} (${rule})\n  hint: ${hint}`;
}
