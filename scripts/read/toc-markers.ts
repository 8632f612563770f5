// Some Markdown tools write a table of contents where the writer asks for one: `[TOC]` (Python-Markdown,
// MkDocs, Typora), `[[_TOC_]]` (GitLab, Azure DevOps), `${toc}` (Jupyter, some wikis), kramdown's
// `* TOC` over `{:toc}` (Jekyll). Read as Markdown the marker is shown as it is; the site has its own
// contents and pages, so a paragraph (or kramdown's list) that is only a marker is left out, with a warning.
import type { Root } from 'mdast';
import type { LintWarning } from '../types.ts';
import { dropTopLevelBlocks } from './top-level-blocks.ts';

const marker = /^(?:\[\[?_?toc_?\]\]?|\$\{toc\}|(?:[*+-]|1[.)])[ \t]+\S.*\n[ \t]*\{:[ \t]*toc[ \t]*\})$/i;

/** Removes the top-level markers of a table of contents from `tree`: the offsets each spanned, and a warning. */
export function dropTocMarkers(tree: Root, text: string, file: string): { ranges: [number, number][]; warnings: LintWarning[] } {
  return dropTopLevelBlocks(tree, text, file, (node, written) => {
    if ((node.type !== 'paragraph' && node.type !== 'list') || !marker.test(written.trim())) return undefined;
    return {
      rule: 'toc-marker',
      message: `\`${written.trim().replace(/\n[\s\S]*/, ' …')}\` asks a Markdown tool for a table of contents, left out`,
      hint: 'the site lists the article\'s pages itself; remove the marker, or write the contents as a list of links',
    };
  });
}
