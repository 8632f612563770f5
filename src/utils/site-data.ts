// Node-only: reads what the build pipeline wrote (`.unfold/content/site.json`). Import it from `.astro`
// frontmatter, never from a client script, so `fs` stays out of the browser bundle. Pure helpers live in `url.ts`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { siteDataFile } from '../../scripts/emit/generated-paths.ts';
import type { SiteData } from '../../scripts/emit/site-data.ts';

/** Site-wide data of the current build: resolved settings, title, corrections applied, lint summary. */
export const siteData: SiteData = JSON.parse(readFileSync(path.join(process.cwd(), siteDataFile), 'utf8'));

