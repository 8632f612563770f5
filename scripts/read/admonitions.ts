// Documentation sites set notes apart with fences no Markdown parser knows: Docusaurus, VitePress and
// Starlight write `:::tip[Title]` or `::: warning Title` … `:::`, Pandoc and Quarto `::: {.callout-note}` … `:::`,
// MkDocs Material `!!! note "Title"` (`???` folded) over an indented body, and its content tabs `=== "Label"`
// the same way. Left as they are, the site shows the colons and the body as code. Found here on the Markdown source before it is parsed, line for line:
// a fence's lines are blanked and an indented body moved to the margin, so that every other line keeps its
// number; once parsed, the blocks between are wrapped in the note they stand for, as GitHub's `> [!TIP]` is.
import type { Blockquote, BlockContent, DefinitionContent, Paragraph, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { lineStartsOf } from '../lib/line-starts.ts';
import type { ColumnEdit } from './template-tags.ts';
import type { AlertKind, LintWarning, Position } from '../types.ts';

/** A fenced note found in the source: its kind, its title, and the lines it spans (its fences included). */
export interface Admonition {
  /**
   * A note's kind; `details` for VitePress's folded block; `tab` for a MkDocs content tab, whose label and
   * blocks are shown one after the other; none for a fence of no known kind, whose blocks stay as they are.
   */
  kind: AlertKind | 'details' | 'tab' | undefined;
  title?: { text: string; position: Position };
  /** The opening line; the note's blocks are on the lines after it, up to `lastLine`. */
  line: number;
  lastLine: number;
  /** Where the opening line starts and the last line ends in the text as it is parsed. */
  offsets: [number, number];
}

export interface FoundAdmonitions {
  text: string;
  edits: ColumnEdit[];
  admonitions: Admonition[];
  warnings: LintWarning[];
}

/** The kinds of each site, as the note GitHub would show (`alertKinds`); VitePress's `details` folds. */
const kinds = new Map<string, AlertKind | 'details' | 'tab'>(Object.entries({
  note: 'note', info: 'note', abstract: 'note', summary: 'note', tldr: 'note', example: 'note', quote: 'note', cite: 'note', question: 'note', help: 'note', faq: 'note', todo: 'note', seealso: 'note',
  tip: 'tip', hint: 'tip', success: 'tip', check: 'tip', done: 'tip',
  important: 'important',
  warning: 'warning', attention: 'warning',
  caution: 'caution', danger: 'caution', error: 'caution', failure: 'caution', fail: 'caution', missing: 'caution', bug: 'caution',
  details: 'details',
}));

/** Whether `text` may hold a fenced note at all: most Markdown holds none, and is then read as it is. */
export function mayHoldAdmonitions(text: string): boolean {
  return /^(?::{3}|!!!|\?{3}|===)/m.test(text);
}

// `:::tip`, `:::tip[Title]`, `::: warning Title`, `::: {.callout-note title="Title"}`, `::::: {#id .class} :::::`.
const colonOpening = /^(:{3,})[ \t]*(?:\{([^}\n]*)\}|([A-Za-z][\w-]*)(?:\[([^\]\n]*)\])?(?:\{[^}\n]*\})?(?:[ \t]+(.*?))?)[ \t]*:*[ \t]*$/;
const colonClosing = /^:{3,}[ \t]*$/;
// `!!! note`, `!!! note "Title"`, `??? tip 'Title'`, `???+ info`, `!!! info inline end "Title"`.
const mkdocsOpening = /^(!!!|\?\?\?\+?)[ \t]+([A-Za-z][\w-]*)((?:[ \t]+inline(?:[ \t]+end)?)?)(?:[ \t]+(?:"([^"\n]*)"|'([^'\n]*)'))?[ \t]*$/;
// A content tab: `=== "Label"` (`===+` for the one shown first).
const mkdocsTab = /^===\+?[ \t]+(?:"([^"\n]*)"|'([^'\n]*)')[ \t]*$/;
const bodyIndent = /^(?: {4}|\t)/;

/**
 * Finds the fenced notes of a Markdown text outside the `code` offsets given, and returns the text with their
 * fences blank and their indented bodies (MkDocs) at the margin, `edits` saying what each body line lost.
 * A fence without its closing line, or one inside code, stays as written.
 */
export function findAdmonitions(text: string, code: readonly [number, number][], file: string): FoundAdmonitions {
  const lines = text.split('\n');
  const starts = lineStartsOf(text);
  // Lines are read in order, and code ranges come in order: one pass over both.
  let range = 0;
  const inCode = (index: number) => {
    while (range < code.length && code[range]![1] <= starts[index]!) range++;
    return range < code.length && code[range]![0] <= starts[index]!;
  };
  const edits: ColumnEdit[] = [];
  const admonitions: Admonition[] = [];
  const warnings: LintWarning[] = [];
  const open: { index: number; kind: Admonition['kind']; title?: Admonition['title']; fence: string }[] = [];
  const titleAt = (index: number, text: string | undefined): Admonition['title'] => {
    const words = text?.trim();
    // The title comes after the kind, which may be the same word (`::: warning Warning`).
    return words ? { text: words, position: { line: index + 1, column: lines[index]!.lastIndexOf(words) + 1 } } : undefined;
  };

  /** Moves the indented lines under `opening` to the margin; the index of the body's last line. */
  const dedentBody = (opening: number): number => {
    let last = opening;
    for (let body = opening + 1; body < lines.length && (lines[body]!.trim() === '' || bodyIndent.test(lines[body]!)); body++) {
      if (lines[body]!.trim() !== '') last = body;
    }
    for (let body = opening + 1; body <= last; body++) {
      const removed = bodyIndent.exec(lines[body]!)?.[0].length ?? 0;
      if (removed === 0) continue;
      lines[body] = lines[body]!.slice(removed);
      edits.push({ line: body + 1, column: 1, removed });
    }
    return last;
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (!/^[:!?=]/.test(line) || inCode(index)) continue;
    if (colonClosing.test(line) && open.length > 0) {
      const opening = open.pop()!;
      lines[opening.index] = '';
      lines[index] = '';
      admonitions.push({ kind: opening.kind, ...(opening.title ? { title: opening.title } : {}), line: opening.index + 1, lastLine: index + 1, offsets: [0, 0] });
      if (!opening.kind) warnings.push(fenceWarning(file, opening.index + 1, opening.fence));
      continue;
    }
    const colon = colonOpening.exec(line);
    if (colon) {
      const [, , attributes, name, bracketTitle, spaceTitle] = colon;
      const classes = attributes ? [...attributes.matchAll(/(?:^|\s)\.([\w-]+)/g)].map((match) => match[1]!.replace(/^callout-/, '')) : [name!];
      const kind = classes.map((word) => kinds.get(word.toLowerCase())).find((found) => found !== undefined);
      const attributeTitle = attributes ? /\btitle=(?:"([^"]*)"|'([^']*)')/.exec(attributes) : null;
      open.push({ index, kind, title: titleAt(index, bracketTitle ?? spaceTitle ?? attributeTitle?.[1] ?? attributeTitle?.[2]), fence: line.trim() });
      continue;
    }
    if (open.length > 0) continue;
    const mkdocs = mkdocsOpening.exec(line);
    const tab = mkdocs ? null : mkdocsTab.exec(line);
    if (!mkdocs && !tab) continue;
    const title = mkdocs ? titleAt(index, mkdocs[4] ?? mkdocs[5]) : titleAt(index, tab![1] ?? tab![2]);
    const known = mkdocs ? kinds.get(mkdocs[2]!.toLowerCase()) : 'tab';
    const last = dedentBody(index);
    lines[index] = '';
    // A folded note (`???`) is shown open, as any other: a page of advice hides none of it.
    admonitions.push({ kind: known === 'details' ? 'note' : known, ...(title ? { title } : {}), line: index + 1, lastLine: last + 1, offsets: [0, 0] });
    if (!known) warnings.push(fenceWarning(file, index + 1, line.trim()));
    index = last;
  }
  const resolved = lines.join('\n');
  const resolvedStarts = lineStartsOf(resolved);
  for (const note of admonitions) note.offsets = [resolvedStarts[note.line - 1]!, resolvedStarts[note.lastLine - 1]! + lines[note.lastLine - 1]!.length];
  return { text: resolved, edits, admonitions, warnings };
}

function fenceWarning(file: string, line: number, fence: string): LintWarning {
  return {
    file,
    position: { line, column: 1 },
    rule: 'fence-left-out',
    message: `\`${fence}\` is a fence of no kind of note unfold knows, left out; its text is kept`,
    hint: 'write `:::note`, `:::tip`, `:::warning` or `:::danger` to set the text apart as a note',
  };
}

/**
 * Wraps the top-level blocks of each note's lines in a quotation marked with its kind (`data-alert`), its
 * title first and strong (its Markdown read by `phrasingOf`), as `> [!TIP]` is read; a `details` note is a `<details>` under its title. Inner
 * notes come first in `admonitions`, so an outer one wraps them whole.
 */
export function wrapAdmonitions(tree: Root, admonitions: readonly Admonition[], phrasingOf: (title: string) => PhrasingContent[]): void {
  for (const { kind, title: written, line, lastLine, offsets } of admonitions) {
    // The title's line is blank in the text parsed: its offsets are that line's start.
    const title = written && { ...written, offset: offsets[0] };
    if (kind === undefined) continue;
    const first = firstAfter(tree, line);
    let end = first;
    while (end < tree.children.length && (tree.children[end]!.position?.end.line ?? Infinity) <= lastLine) end++;
    const blocks = tree.children.slice(first, end);
    if (blocks.length === 0 && !title) continue;
    const heading: Paragraph[] = title
      ? [{
          type: 'paragraph',
          ...(kind === 'details' ? { data: { hName: 'summary' } } : {}),
          children: kind === 'details' ? placed(phrasingOf(title.text), title) : [{ type: 'strong', children: placed(phrasingOf(title.text), title), position: spanOf(title) }],
          position: spanOf(title),
        }]
      : [];
    if (kind === 'tab') {
      tree.children.splice(first, blocks.length, ...heading, ...blocks);
      continue;
    }
    const note: Blockquote = {
      type: 'blockquote',
      data: kind === 'details' ? { hName: 'details' } : { hProperties: { dataAlert: kind } },
      children: [...heading, ...(blocks as (BlockContent | DefinitionContent)[])],
      position: { start: { line, column: 1, offset: offsets[0] }, end: { line: lastLine, column: 1, offset: offsets[1] } },
    };
    tree.children.splice(first, blocks.length, note);
  }
}

type PlacedTitle = NonNullable<Admonition['title']> & { offset: number };
const spanOf = (title: PlacedTitle) => ({ start: { ...title.position, offset: title.offset }, end: { line: title.position.line, column: title.position.column + title.text.length, offset: title.offset } });
/** A title's words (code spans, emphasis and links included), every node of them placed where the title is. */
function placed(phrasing: PhrasingContent[], title: PlacedTitle): PhrasingContent[] {
  for (const node of phrasing) visit(node, (child) => void (child.position = spanOf(title)));
  return phrasing;
}

/** The index of the first top-level block that starts after `line` (the blocks are in the order of their lines). */
function firstAfter(tree: Root, line: number): number {
  let low = 0;
  let high = tree.children.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tree.children[middle]!.position?.start.line ?? 0) > line) high = middle;
    else low = middle + 1;
  }
  return low;
}
