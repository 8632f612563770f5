import { describe, expect, it } from 'vitest';
import { searchFragment, sharedQuery } from '../../src/utils/search-link.ts';

describe('links to a search', () => {
  it('carry the query in the fragment and give it back as typed', () => {
    for (const query of ['trauma bonding', 'is it my fault he’s “distant”?', 'a+b & c/d #5', '']) {
      const fragment = searchFragment(query);
      expect(fragment.startsWith('#q=')).toBe(true);
      expect(fragment.slice('#q='.length)).not.toMatch(/[ #&?]/);
      expect(sharedQuery(fragment)).toBe(query);
    }
  });

  it('read a + as a space, and keep text that is not valid percent-encoding as it is', () => {
    expect(sharedQuery('#q=silent+treatment')).toBe('silent treatment');
    expect(sharedQuery('#q=100%')).toBe('100%');
  });

  it('are told apart from other fragments', () => {
    expect(sharedQuery('')).toBeUndefined();
    expect(sharedQuery('#every-topic')).toBeUndefined();
    expect(sharedQuery('#query=space')).toBeUndefined();
  });
});
