import type { APIRoute } from 'astro';
import { getSitePages } from '../utils/pages.ts';
import { absoluteUrl } from '../utils/url.ts';
import { getTopicPages, hubPath, listedKinds, topicPath } from '../utils/topics.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Every page of the site, for search engines. Built here rather than by an integration: no extra dependency. */
export const GET: APIRoute = async () => {
  const topics = await getTopicPages();
  const pages = await getSitePages();
  const kinds = listedKinds.filter((kind) => topics.some((topic) => topic.data.kind === kind));
  const paths = ['/', ...kinds.map(hubPath), ...topics.map(topicPath), ...pages.map((page) => `/${page.id}/`), '/terms/', '/source/'];
  const urls = paths.map((path) => `  <url><loc>${escapeXml(absoluteUrl(path))}</loc></url>`).join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml' },
  });
};
