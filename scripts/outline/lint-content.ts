import type { LintWarning, SourceText, Topic } from '../types.ts';

/** A check of one line of text: each match is a suspected defect. */
interface LineRule {
  rule: string;
  pattern: RegExp;
  message: (match: string) => string;
  hint: string;
}

const lineRules: LineRule[] = [
  {
    rule: 'words-run-together',
    // A word that starts with a capital, such as "GitHub" or "TypeScript", is a name written so.
    pattern: /(?<!\p{L})\p{Ll}{2,}\p{Lu}\p{Ll}+|\p{Ll}+[.!?]\p{Lu}\p{Ll}+/gu,
    message: (match) => `"${match}" looks like words run together`,
    hint: 'add the missing space or punctuation with an entry in content/corrections.yaml',
  },
  {
    rule: 'lost-link',
    pattern: /\bread this article\b|^article:|\bclick here\b|\((?:read|see)\s[^)]*\)|\bcheck out (?:the |these |this )?videos?\b|\bin the [\w ]+ section\b/giu,
    message: (match) => `"${match}" refers to a link or page the scrape lost`,
    hint: 'the sentence is kept as written; restore the link in the source, or accept that it points nowhere',
  },
  {
    rule: 'stray-character',
    pattern: /[\uFFFD\u200B-\u200D\u2060\u00AD\uFEFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F]/gu,
    message: (match) => `stray character U+${match.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
    hint: 'delete it from the source; it is invisible or a sign of a broken encoding',
  },
];

/**
 * Finds suspected defects of a scraped article: words run together, references to links the scrape
 * lost, stray characters, and headings with no text under them. It reports; it never changes the text.
 */
export function lintContent(source: SourceText, topics: readonly Topic[]): LintWarning[] {
  const warnings: LintWarning[] = [];
  for (const { line, column, text } of source.lines) {
    for (const { rule, pattern, message, hint } of lineRules) {
      for (const match of text.matchAll(pattern)) {
        // A block of a web page or Word document is text taken out of markup: its warnings point at the block.
        warnings.push({ file: source.file, position: { line, column: column ?? match.index + 1 }, rule, message: message(match[0]), hint });
      }
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
