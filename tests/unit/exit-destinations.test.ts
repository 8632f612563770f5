import { describe, expect, it } from 'vitest';
import { exitDestinationFor, exitDestinations } from '../../src/i18n/exit-destinations.ts';
import { siteLanguages } from '../../src/i18n/languages.ts';

describe('the quick exit\'s destination per site language', () => {
  it('is an https page for every site language, each a different site', () => {
    expect(Object.keys(exitDestinations).sort()).toEqual([...siteLanguages].sort());
    const hosts = Object.values(exitDestinations).map((address) => new URL(address));
    for (const url of hosts) expect(url.protocol, url.href).toBe('https:');
    expect(new Set(hosts.map((url) => url.hostname)).size).toBe(siteLanguages.length);
  });

  it('follows the language of a tag with a region or script, and is English\'s for a language without words', () => {
    expect(exitDestinationFor('en')).toBe('https://www.bbc.co.uk/weather');
    expect(exitDestinationFor('fr-CA')).toBe('https://meteofrance.com/');
    expect(exitDestinationFor('pt-BR')).toBe(exitDestinations.pt);
    expect(exitDestinationFor('zh-Hans-CN')).toBe(exitDestinations.zh);
    expect(exitDestinationFor('ko')).toBe('https://www.bbc.co.uk/weather');
  });
});
