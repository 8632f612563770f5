import { describe, expect, it } from 'vitest';
import { slugify, UniqueSlugs } from '../../scripts/lib/slug.ts';

describe('slugify', () => {
  it('leaves nothing invisible of an emoji that starts or ends a heading, as READMEs write them', () => {
    expect(slugify('🕹️ Install and use')).toBe('install-and-use');
    expect(slugify('⚠️ Warning ⚠️')).toBe('warning');
    expect(slugify('#️⃣ Keycap')).toBe('keycap');
    expect(slugify('1️⃣ First steps')).toBe('1-first-steps');
    expect(slugify('👩🏽‍💻 Contributing')).toBe('contributing');
    for (const text of ['🕹️ Install and use', '⚠️ Warning ⚠️', '1️⃣ First steps']) expect(slugify(text)).toMatch(/^[a-z0-9-]+$/);
  });

  it('keeps the marks that belong to letters, and what ZWNJ joins in Persian', () => {
    expect(slugify('हिन्दी में')).toBe('हिन्दी-में');
    expect(slugify('Crème brûlée')).toBe('crème-brûlée');
    expect(slugify('می‌خواهم')).toBe('میخواهم');
  });

  it('gives a heading of only an emoji no slug, so that the fallback stands in', () => {
    expect(slugify('🎉')).toBe('');
    expect(new UniqueSlugs().take('🎉')).toBe('section');
  });
});
