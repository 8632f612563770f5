// Markdown from a docs site built with MDX (Docusaurus, Starlight, Nextra) opens with the code that site runs:
// `import Tabs from '@theme/Tabs';`, `export const meta = {…}`. MDX runs it and shows nothing of it; read as
// Markdown it is a paragraph of code on the page. A top-level paragraph that is only such statements is left
// out, with a warning; the components they bring (`<Tabs>`, `<TabItem>`) are HTML to the cleaner, which keeps
// the words inside them.
import type { Root } from 'mdast';
import type { LintWarning } from '../types.ts';
import { dropTopLevelBlocks } from './top-level-blocks.ts';

/** One or more ES module imports, each on its own lines: `import X from 'x';`, `import {a, b} from "x"`, `import 'x.css';`. */
const imports = /^(?:import\s+(?:[\w$*{},\s]+?\s+from\s+)?(["'])[^"'\n]+\1;?\s*)+$/;
/** An export that declares something: `export const …`, `export default …`, `export function …`, `export { … }`. */
const exports = /^export\s+(?:const|let|var|function|class|default|async\s+function|\{)[\s\S]*[=({;]/;
const comments = /^(?:\{\/\*[\s\S]*?\*\/\}\s*)+$/;

/** Removes the top-level paragraphs of `tree` that are MDX's import and export statements (each with a warning) or its comments: the offsets each spanned. */
export function dropMdxCode(tree: Root, text: string, file: string): { ranges: [number, number][]; warnings: LintWarning[] } {
  return dropTopLevelBlocks(tree, text, file, (node, code) => {
    if (node.type !== 'paragraph' || node.position!.start.column !== 1) return undefined;
    if (comments.test(code)) return 'quietly';
    if (!imports.test(code) && !exports.test(code)) return undefined;
    return {
      rule: 'mdx-code',
      message: `\`${code.split('\n')[0]!.trim()}\` is code the docs site runs (MDX), left out`,
      hint: 'here a component such as `<Tabs>` shows only the words written inside it; if readers need more, write it out in the article',
    };
  });
}
