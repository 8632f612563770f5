// Intl's objects take about a tenth of a millisecond each to make, and a site of 800 pages asks for the same
// few thousands of times (at ×50 that was 0.3 s of Astro's rendering): each is made once per language tag.

/** `make` for a language tag, made once for each tag and then reused; a tag `make` throws for is tried again. */
export function perLanguage<T>(make: (lang: string) => T): (lang: string) => T {
  const made = new Map<string, T>();
  return (lang) => {
    if (made.has(lang)) return made.get(lang)!;
    const value = make(lang);
    made.set(lang, value);
    return value;
  };
}
