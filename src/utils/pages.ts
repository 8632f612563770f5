import { getCollection } from 'astro:content';
import { siteData } from './site-data.ts';
import { leftOutPages } from './site-pages.ts';

/** The hand-written pages the site builds (all but the `leftOutPages`). */
export function getSitePages() {
  return getCollection('pages', (entry) => !leftOutPages(siteData.safety).includes(entry.id));
}
