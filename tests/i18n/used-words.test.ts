// No word of the tables is left unused: each key of src/i18n/en.ts is named, as a quoted literal, by the code
// that shows it. The lookup is typed (`TextKey`, `PluralKey`), so a key the code names is one the table has:
// together, the code and the tables hold the same words.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';

const project = path.resolve(import.meta.dirname, '../..');
/** The code that may show the site's words: the site, its browser scripts and the pipeline; not the tables themselves. */
const sources = ['src', 'scripts'].flatMap((folder) =>
  (readdirSync(path.join(project, folder), { recursive: true }) as string[])
    .filter((name) => /\.(ts|astro|mjs)$/.test(name) && !name.startsWith(`i18n${path.sep}`))
    .map((name) => ({ file: path.join(folder, name), text: readFileSync(path.join(project, folder, name), 'utf8') })),
);

describe('the site’s words', () => {
  it('are read from code in src/ and scripts/', () => {
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.some((source) => source.file.endsWith('SearchField.astro'))).toBe(true);
  });

  it('are each used: every key of the English table is named by the code', () => {
    const named = (key: string) => sources.some((source) => source.text.includes(`'${key}'`) || source.text.includes(`"${key}"`));
    expect(Object.keys(en).filter((key) => !named(key))).toEqual([]);
  });
});
