import type { Root, RootContent } from 'mdast';
import type { LintWarning } from '../types.ts';

/** Why a block is left out: the warning that says so, or `'quietly'` for one that needs none (a comment). */
export type LeftOut = Pick<LintWarning, 'rule' | 'message' | 'hint'> | 'quietly';

/**
 * Removes the top-level blocks of `tree` that `leaveOut` names, given each block and its text as written.
 * Returns the offsets each spanned, which the lines lint reads leave out too, and a warning at each block's start.
 */
export function dropTopLevelBlocks(
  tree: Root,
  text: string,
  file: string,
  leaveOut: (node: RootContent, written: string) => LeftOut | undefined,
): { ranges: [number, number][]; warnings: LintWarning[] } {
  const ranges: [number, number][] = [];
  const warnings: LintWarning[] = [];
  tree.children = tree.children.filter((node) => {
    const start = node.position?.start;
    const end = node.position?.end;
    if (start?.offset === undefined || end?.offset === undefined) return true;
    const reason = leaveOut(node, text.slice(start.offset, end.offset));
    if (reason === undefined) return true;
    ranges.push([start.offset, end.offset]);
    if (reason !== 'quietly') warnings.push({ file, position: { line: start.line, column: start.column }, ...reason });
    return false;
  });
  return { ranges, warnings };
}
