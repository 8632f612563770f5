/** Matches a URL that already names its scheme (`https:`, `mailto:`) or host (`//cdn`): never rebased. */
const absolutePattern = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

/** Matches a last path segment with a file extension (`favicon.svg`), which must not gain a trailing slash. */
const filePattern = /\.[a-z\d]+$/i;

/**
 * Joins a site path to `base` (`/` or `/guide/`): one leading slash, no doubled slashes, and a trailing
 * slash on page paths, because the site is built as directories (`trailingSlash: 'always'`).
 * A query or fragment is kept after the slash: `joinBase('/guide/', 'be-reliable#id')` is
 * `/guide/be-reliable/#id`. Absolute URLs are returned unchanged.
 */
export function joinBase(base: string, path: string): string {
  if (absolutePattern.test(path)) return path;
  const split = path.search(/[?#]/);
  const pathname = split === -1 ? path : path.slice(0, split);
  const suffix = split === -1 ? '' : path.slice(split);
  let joined = `/${base}/${pathname}`.replace(/\/{2,}/g, '/');
  if (!joined.endsWith('/') && !filePattern.test(joined)) joined += '/';
  return joined + suffix;
}

/** `joinBase` with the base Astro was built with (`import.meta.env.BASE_URL`): use it for every site link. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/**
 * The absolute URL of a site path, for canonical links and Open Graph. `import.meta.env.SITE` is the
 * `url` setting (astro.config.mjs passes it as `site`); reading it here keeps this module free of `fs`.
 */
export function absoluteUrl(path: string): string {
  return new URL(withBase(path), import.meta.env.SITE).href;
}
