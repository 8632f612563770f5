import { UnfoldError, type SourcePoint } from '../lib/unfold-error.ts';
import type { Correction } from '../schemas/corrections.ts';
import type { SourceText } from '../types.ts';

/** A correction as configured, with where it was configured (for errors) . */
export interface PlacedCorrection extends Correction {
  /** Where the entry stands in `content/corrections.yaml`. */
  configPoint: SourcePoint;
}

/** A correction that was applied, for the source page. */
export interface AppliedCorrection extends Correction {
  line: number;
  column: number;
}

const addable = /[\s\p{P}]/u;

/** True when `fix` is `original` with only spaces and punctuation added: the author's words stay. */
export function onlyAddsSpacingAndPunctuation(original: string, fix: string): boolean {
  const wanted = [...original];
  let next = 0;
  for (const char of fix) {
    if (next < wanted.length && char === wanted[next]) next++;
    else if (!addable.test(char)) return false;
  }
  return next === wanted.length && fix !== original;
}

/**
 * Applies explicit fixes of scraping defects ("specifyCommunicate" → "specify. Communicate").
 * A fix may add spaces and punctuation, never change a word; an entry that matches nothing is an error.
 */
export function applyCorrections(
  source: SourceText,
  corrections: readonly PlacedCorrection[],
  configFile: string,
): { source: SourceText; applied: AppliedCorrection[] } {
  const lines = source.lines.map((line) => ({ ...line }));
  const applied: AppliedCorrection[] = [];
  for (const correction of corrections) {
    if (!onlyAddsSpacingAndPunctuation(correction.original, correction.fix)) {
      throw new UnfoldError(configFile, `the fix "${correction.fix}" changes the words of "${correction.original}"`, {
        point: correction.configPoint,
        hint: 'a correction may only add spaces and punctuation; the author\'s words stay as written',
      });
    }
    let found = false;
    for (const [lineIndex, line] of lines.entries()) {
      if (!line.text.includes(correction.original)) continue;
      // Columns are those of the file as the writer sees it, before any correction of the line.
      const before = source.lines[lineIndex]!.text;
      // A fix may create the text another fix quotes: then the column is that of the corrected line.
      const originalText = before.includes(correction.original) ? before : line.text;
      for (let from = 0; originalText.indexOf(correction.original, from) !== -1; ) {
        const column = originalText.indexOf(correction.original, from);
        applied.push({ ...correction, line: line.line, column: column + 1 });
        from = column + correction.original.length;
      }
      line.text = line.text.replaceAll(correction.original, correction.fix);
      found = true;
    }
    if (!found) {
      throw new UnfoldError(configFile, `"${correction.original}" matches nothing in ${source.file}`, {
        point: correction.configPoint,
        hint: 'quote the text exactly as it stands in the article, within one line, or remove the entry',
      });
    }
  }
  return { source: { ...source, lines }, applied };
}
