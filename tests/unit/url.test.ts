import { describe, expect, it } from 'vitest';
import { joinBase } from '../../src/utils/url.ts';

describe('joinBase', () => {
  it('returns the base itself for an empty path, a slash or a lone fragment', () => {
    expect(joinBase('/', '')).toBe('/');
    expect(joinBase('/', '/')).toBe('/');
    expect(joinBase('/guide/', '')).toBe('/guide/');
    expect(joinBase('/guide/', '/')).toBe('/guide/');
    expect(joinBase('/guide/', '#top')).toBe('/guide/#top');
  });

  it('joins page paths with or without a leading slash and always ends them with a slash', () => {
    for (const path of ['/strategies/', 'strategies/', '/strategies', 'strategies']) {
      expect(joinBase('/', path)).toBe('/strategies/');
      expect(joinBase('/guide/', path)).toBe('/guide/strategies/');
    }
  });

  it('puts the trailing slash before a fragment and keeps the fragment unchanged', () => {
    expect(joinBase('/guide/', 'be-reliable/#id')).toBe('/guide/be-reliable/#id');
    expect(joinBase('/guide/', '/be-reliable#id')).toBe('/guide/be-reliable/#id');
    expect(joinBase('/', 'be-reliable#why-it-matters')).toBe('/be-reliable/#why-it-matters');
    expect(joinBase('/', 'a#b/c')).toBe('/a/#b/c');
  });

  it('puts the trailing slash before a query string', () => {
    expect(joinBase('/guide/', 'search?q=space')).toBe('/guide/search/?q=space');
  });

  it('never produces doubled slashes, whatever the base and path carry', () => {
    expect(joinBase('/guide/', '/strategies//red-flags/')).toBe('/guide/strategies/red-flags/');
    expect(joinBase('/guide//', '/strategies/')).toBe('/guide/strategies/');
    expect(joinBase('/guide', 'strategies')).toBe('/guide/strategies/');
    expect(joinBase('guide', 'strategies')).toBe('/guide/strategies/');
  });

  it('leaves file paths without a trailing slash', () => {
    expect(joinBase('/', '/favicon.svg')).toBe('/favicon.svg');
    expect(joinBase('/guide/', 'favicon.svg')).toBe('/guide/favicon.svg');
    expect(joinBase('/guide/', '/pagefind/wasm.en.pagefind')).toBe('/guide/pagefind/wasm.en.pagefind');
  });

  it('returns absolute URLs unchanged', () => {
    expect(joinBase('/guide/', 'https://www.bbc.co.uk/weather')).toBe('https://www.bbc.co.uk/weather');
    expect(joinBase('/guide/', 'mailto:someone@example.org')).toBe('mailto:someone@example.org');
    expect(joinBase('/guide/', '//example.org/page')).toBe('//example.org/page');
  });
});
