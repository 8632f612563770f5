import { getCollection } from 'astro:content';
import { siteData } from './site-data.ts';

/** The hand-written pages the site builds. Browsing safely explains the quick exit, so it goes with `safety: false`. */
export function getSitePages() {
  return getCollection('pages', (entry) => siteData.safety || entry.id !== 'browsing-safely');
}
