// Finds the English table's words in a built page of another language: what a reader of that language would
// see in English. Every string of src/i18n/en.ts is read, a plural in each of its forms, split at its
// placeholders into the words around them; words the other language's table also uses (a brand, a symbol,
// a word two languages share, such as "Source") are not counted, since the page cannot tell them apart.
import type { Element, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { en, type SiteWords } from '../../src/i18n/en.ts';

/** One piece of English the site could show, with the key it comes from. */
export interface EnglishPiece {
  key: string;
  text: string;
}

/** Attributes a reader meets, as hast names them: read aloud, shown, or given to a script to show (`data-*`). */
const readerAttributes = /^(ariaLabel|ariaDescription|ariaRoledescription|placeholder|title|alt|content|value|data[A-Z].*)$/;
/** A `data-*` value that is a name for the scripts (`data-search="page"`), not words to show. */
const identifier = /^[a-z0-9-]*$/;

const allStrings = (table: SiteWords) => Object.values(table).flatMap((words: string | Record<string, string>) => (typeof words === 'string' ? [words] : Object.values(words)));

/** `piece` as a whole word or phrase: not inside a longer word ("All" is not in "Alle"). */
const wholePhrase = (piece: string) => {
  const escaped = piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
};

/** The English pieces a page in the language of `table` must not show. */
export function englishPieces(table: SiteWords): EnglishPiece[] {
  const theirs = allStrings(table);
  const pieces = new Map<string, EnglishPiece>();
  for (const [key, english] of Object.entries(en)) {
    const own = table[key as keyof SiteWords];
    // Each English form beside the same form of the other language.
    const forms: [string, string | undefined][] =
      typeof english === 'string' ? [[english, own as string]] : Object.entries(english).map(([category, form]) => [form, typeof own === 'string' ? own : own[category as keyof typeof own]]);
    for (const [form, translated] of forms) {
      if (form === translated) continue;
      for (const piece of form.split(/\{\w+\}/).map((part) => part.trim())) {
        if (!/\p{L}/u.test(piece) || theirs.some((text) => wholePhrase(piece).test(text))) continue;
        pieces.set(piece, { key, text: piece });
      }
    }
  }
  return [...pieces.values()];
}

/** What a reader of the page meets: its text (scripts and styles aside) and the attributes above. */
export function readerTexts(tree: Root): string[] {
  const texts: string[] = [];
  visit(tree, (node, _index, parent) => {
    if (node.type === 'text') {
      const within = parent?.type === 'element' ? (parent as Element).tagName : '';
      if (within !== 'script' && within !== 'style') texts.push((node as Text).value);
    } else if (node.type === 'element') {
      for (const [name, value] of Object.entries((node as Element).properties)) {
        const text = Array.isArray(value) ? value.join(' ') : value;
        if (readerAttributes.test(name) && typeof text === 'string' && !(name.startsWith('data') && identifier.test(text))) texts.push(text);
      }
    }
  });
  return texts;
}

/** The English pieces found in the texts, each as `key: "piece" in "…text…"`. */
export function englishIn(texts: readonly string[], pieces: readonly EnglishPiece[]): string[] {
  return pieces.flatMap(({ key, text }) => {
    const pattern = wholePhrase(text);
    const found = texts.find((candidate) => pattern.test(candidate));
    return found === undefined ? [] : [`${key}: "${text}" in "${found.length > 120 ? `${found.slice(0, 117)}…` : found}"`];
  });
}
