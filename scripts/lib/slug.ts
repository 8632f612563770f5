import { slug } from 'github-slugger';

/** The one slug function: lowercase, Unicode-aware, punctuation dropped (github-slugger); `firstWords` cuts a text to the words an id is made of. */
export function slugify(text: string): string {
  return slug(text.trim().replace(/\s+/g, ' ')).replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
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
