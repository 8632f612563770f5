import { describe, expect, it } from 'vitest';
import { stopWordsFor } from '../../scripts/emit/stop-words.ts';

describe('stopWordsFor', () => {
  it('gives function words only: no verb, noun or adjective a reader would search by', () => {
    const english = new Set(stopWordsFor('en'));
    for (const word of ['the', 'and', 'he', 'him', 'is', 'was', 'would', 'could', 'of', 'to', 'so', 'not', 'why']) expect(english, word).toContain(word);
    for (const word of ['open', 'trying', 'help', 'feel', 'cold', 'space', 'leave', 'love', 'need']) expect(english, word).not.toContain(word);
    const german = new Set(stopWordsFor('de'));
    for (const word of ['der', 'und', 'mein', 'sich', 'uber']) expect(german, word).toContain(word);
    for (const word of ['gut', 'jahr', 'zeit', 'mensch', 'gross']) expect(german, word).not.toContain(word);
  });

  it('holds English contractions in the pieces the query side drops one by one (don’t → don, t)', () => {
    expect(stopWordsFor('en')).toEqual(expect.arrayContaining(['don', 'won', 't', 'm', 's', 've', 'll', 'isn']));
  });

  it('takes Snowball’s list for a language it covers and stopwords-iso’s for one it does not', () => {
    expect(stopWordsFor('en').length).toBeLessThan(200);
    expect(stopWordsFor('fr')).toEqual(expect.arrayContaining(['le', 'la', 'qu', 'l', 'ete']));
    expect(stopWordsFor('ar')).toEqual(expect.arrayContaining(['في', 'من']));
    expect(stopWordsFor('zh')).toEqual(expect.arrayContaining(['的', '我']));
    expect(stopWordsFor('pl')).toEqual(expect.arrayContaining(['i', 'nie', 'sie']));
  });

  it('reads a tag by its primary subtag, folds as Pagefind folds a query, and sorts without repeats', () => {
    expect(stopWordsFor('es-MX')).toEqual(stopWordsFor('es'));
    const spanish = stopWordsFor('es');
    expect(spanish).toContain('tambien');
    expect(spanish).not.toContain('también');
    expect(spanish).toEqual([...new Set(spanish)].sort());
  });

  it('is empty for a language no list covers', () => {
    expect(stopWordsFor('xx')).toEqual([]);
  });
});
