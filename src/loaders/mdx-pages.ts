// Whether the site has MDX pages, asked before anything of Markdown is loaded: by astro.config.mjs, which
// Astro's build thread imports while the pipeline runs, and by the build command, which chooses Astro's sync for them.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Where the hand-written pages are, relative to the project. */
export const pagesDir = 'content/pages';

/** Whether any hand-written page is MDX, which needs Astro's MDX integration (astro.config.mjs) and glob loader. */
export function hasMdxPages(root: string): boolean {
  const dir = path.join(root, pagesDir);
  return existsSync(dir) && readdirSync(dir).some((name) => name.endsWith('.mdx'));
}
