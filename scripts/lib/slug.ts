import { slug } from 'github-slugger';

/**
 * What github-slugger leaves of an emoji: it drops the pictograph but keeps the marks after it (the variation
 * selectors that ask for emoji or text style, and the keycap's enclosing mark), so that "🕹️ Install" would
 * start its id with an invisible U+FE0F. Marks that belong to no letter or digit go too.
 */
const emojiMarks = /[\uFE00-\uFE0F\u20E3\u{E0100}-\u{E01EF}]/gu;
const strayMarks = /(^|[^\p{L}\p{N}\p{M}])\p{M}+/gu;

/** The one slug function: lowercase, Unicode-aware, punctuation dropped (github-slugger); `firstWords` cuts a text to the words an id is made of. */
export function slugify(text: string): string {
  return slug(text.trim().replace(/\s+/g, ' '))
    .replace(emojiMarks, '')
    .replace(strayMarks, '$1')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

/** Hands out slugs unique within one namespace (a page, or the site's URLs), suffixing `-2`, `-3` on repeats. */
export class UniqueSlugs {
  readonly #taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const value of reserved) this.#taken.add(value);
  }

  /** A unique slug for `text`; `fallback` stands in when the text has no letters or digits. */
  take(text: string, { fallback = 'section' }: { fallback?: string } = {}): string {
    const base = slugify(text) || fallback;
    let candidate = base;
    for (let n = 2; this.#taken.has(candidate); n++) candidate = `${base}-${n}`;
    this.#taken.add(candidate);
    return candidate;
  }
}
