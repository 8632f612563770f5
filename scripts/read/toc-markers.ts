// Some Markdown tools write a table of contents where the writer asks for one: `[TOC]` (Python-Markdown,
// MkDocs, Typora), `[[_TOC_]]` (GitLab, Azure DevOps), `${toc}` (Jupyter, some wikis), kramdown's
// `* TOC` over `{:toc}` (Jekyll). Read as Markdown the marker is shown as it is; the site has its own
// contents and pages, so a paragraph (or kramdown's list) that is only a marker is left out, with a warning.
import type { Root } from 'mdast';
import type { LintWarning } from '../types.ts';

const marker = /^(?:\[\[?_?toc_?\]\]?|\$\{toc\}|(?:[*+-]|1[.)])[ \t]+\S.*\n[ \t]*\{:[ \t]*toc[ \t]*\})$/i;

/** Removes the top-level markers of a table of contents from `tree`: the offsets each spanned, and a warning. */
export function dropTocMarkers(tree: Root, text: string, file: string): { ranges: [number, number][]; warnings: LintWarning[] } {
  const ranges: [number, number][] = [];
  const warnings: LintWarning[] = [];
  tree.children = tree.children.filter((node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if ((node.type !== 'paragraph' && node.type !== 'list') || start === undefined || end === undefined) return true;
    const written = text.slice(start, end).trim();
    if (!marker.test(written)) return true;
    ranges.push([start, end]);
    warnings.push({
      file,
      position: { line: node.position!.start.line, column: node.position!.start.column },
      rule: 'toc-marker',
      message: `\`${written.replace(/\n[\s\S]*/, ' …')}\` asks a Markdown tool for a table of contents, left out`,
      hint: 'the site lists the article\'s pages itself; remove the marker, or write the contents as a list of links',
    });
    return false;
  });
  return { ranges, warnings };
}
