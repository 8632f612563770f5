// Stock Starlight for npm run bench: its defaults, a title, and a sidebar group per folder of pages
// (bench/starlight-pages.ts writes them from the pipeline's topics).
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  // The same address as unfold's default, so Starlight writes its sitemap as unfold does.
  site: 'https://example.org',
  integrations: [
    starlight({
      title: 'Loving an avoidant partner',
      sidebar: [
        { label: 'Strategies', items: [{ autogenerate: { directory: 'strategies' } }] },
        { label: 'Red flags', items: [{ autogenerate: { directory: 'red-flags' } }] },
        { label: 'Signs', items: [{ autogenerate: { directory: 'signs' } }] },
        { label: 'Guides', items: [{ autogenerate: { directory: 'guides' } }] },
        { label: 'Stories', items: [{ autogenerate: { directory: 'stories' } }] },
      ],
    }),
  ],
});
