// Node-only edge module: the HTML files of a built site, as the steps after Astro (cards, search) read them.
import { readdirSync } from 'node:fs';

/** Every `.html` file under `siteDir`, as paths relative to it, in a stable order. */
export function builtHtmlFiles(siteDir: string): string[] {
  return (readdirSync(siteDir, { recursive: true }) as string[]).filter((name) => name.endsWith('.html')).sort();
}
