import type { APIRoute } from 'astro';
import { absoluteUrl } from '../utils/url.ts';

/** Allows every crawler and names the sitemap, under the site's base path. */
export const GET: APIRoute = () => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`);
