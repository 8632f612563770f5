import { describe, expect, it } from 'vitest';
import { undrawableCardText } from '../../src/utils/social-card.ts';

describe('undrawableCardText', () => {
  it('is empty for text in the Latin letters of the card font, accents and typographic marks included', () => {
    expect(undrawableCardText({ kind: 'Stratégie', title: 'Cuídate: “señales” — Łódź, Øresund', site: 'Guía' })).toBe('');
  });
  it('names right-to-left letters, which satori would lay out backwards', () => {
    expect(undrawableCardText({ kind: '', title: 'الري دون إفراط', site: 'Guide' })).toBe('الريدونإفط');
    expect(undrawableCardText({ kind: '', title: 'Guide', site: 'שלום' })).toBe('שלום');
  });
  it('names letters the card font does not have', () => {
    expect(undrawableCardText({ kind: '', title: '睡眠 sleep', site: 'Гид' })).toBe('睡眠Гид');
  });
});
