import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { en, type SiteWords } from '../../src/i18n/en.ts';
import { englishIn, englishPieces, readerTexts } from './english-words.ts';

/** A table where every word is `·` but the ones given. */
const tableWith = (words: Partial<Record<keyof SiteWords, unknown>>) =>
  ({ ...Object.fromEntries(Object.entries(en).map(([key, value]) => [key, typeof value === 'string' ? '·' : { other: '·' }])), ...words }) as unknown as SiteWords;

describe('the check for English words in another language’s pages', () => {
  it('reads each English word around its placeholders, in every plural form', () => {
    const texts = englishPieces(tableWith({})).map((piece) => piece.text);
    expect(texts).toEqual(expect.arrayContaining(['Moved:', 'Link to:', 'min read', 'more time to exit', 'more times to exit', 'Quick exit']));
    expect(texts).not.toContain('—');
  });

  it('leaves out the words the other language says the same way, or uses itself', () => {
    const texts = englishPieces(tableWith({ 'source.title': 'Source', 'pages.about': 'À propos de Source' })).map((piece) => piece.text);
    expect(texts).not.toContain('Source');
    expect(texts).toContain('Quick exit');
  });

  it('finds them in the text and the attributes a reader meets, as whole words only', () => {
    const tree = fromHtml('<p>Alle Seiten</p><a aria-label="Quick exit" class="All">x</a><script>const a = "Home"</script><input placeholder="Search">');
    const leaks = englishIn(readerTexts(tree), englishPieces(tableWith({})));
    expect(leaks.map((leak) => leak.split(':')[0])).toEqual(expect.arrayContaining(['quickExit.label']));
    expect(leaks.join('\n')).toContain('"Search"');
    expect(leaks.join('\n')).not.toMatch(/"All"|"Home"/);
  });
});
