// The site's own English words in a page of another language that no element marks as English (`lang="en"`):
// what a screen reader would speak with the page's voice. Text is in the language of its nearest `lang`;
// an attribute in its own element's.
import type { Element, Root } from 'hast';
import { CONTINUE, SKIP, visitParents } from 'unist-util-visit-parents';
import { en, type SiteWords } from '../../src/i18n/en.ts';
import { englishIn, englishPieces, readerTexts } from './english-words.ts';

/** Every piece of the English table, as a page whose words are the English fallback shows them. */
const pieces = englishPieces(Object.fromEntries(Object.entries(en).map(([key, words]) => [key, typeof words === 'string' ? '·' : { other: '·' }])) as unknown as SiteWords);

/** The language `element`'s text is in: its own `lang`, or its nearest ancestor's. */
const langOf = (ancestors: readonly Element[]) => ancestors.findLast((element) => typeof element.properties['lang'] === 'string')?.properties['lang'];

/** Each English piece of ours in `tree` outside any `lang="en"`, as `key: "piece" in "…text…" (lang …)`. */
export function unmarkedEnglish(tree: Root): string[] {
  const found: string[] = [];
  visitParents(tree, 'element', (element: Element, parents) => {
    const ancestors = [...parents.filter((node): node is Element => node.type === 'element'), element];
    // The head's title and descriptions have no language of their own to take.
    if (element.tagName === 'head') return SKIP;
    const lang = langOf(ancestors);
    if (lang === 'en') return CONTINUE;
    // Pagefind's filters and metadata are shown by the search, in its form, not where they are written.
    const properties = Object.fromEntries(Object.entries(element.properties).filter(([name]) => !name.startsWith('dataPagefind')));
    const own: Root = { type: 'root', children: [{ ...element, properties, children: element.children.filter((child) => child.type === 'text') }] };
    for (const leak of englishIn(readerTexts(own), pieces)) found.push(`${leak} (lang ${String(lang)})`);
    return CONTINUE;
  });
  return found;
}
