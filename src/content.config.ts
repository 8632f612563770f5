// `defineCollection` comes from `astro/content/config`, where `astro:content` takes it from: this file is
// loaded through Vite's module runner before every build, and `astro:content` would pull Astro's whole
// page runtime through it (some 120 modules transformed, about 0.8 s on 2 cores) for one function.
import { defineCollection } from 'astro/content/config';
import { z } from 'astro/zod';
import { topicKinds } from '../scripts/types.ts';
import { pagesLoader } from './loaders/pages-loader.ts';
import { topicsLoader } from './loaders/topics-loader.ts';

/** An entry of a topic's "On this page" list: a sub-heading (depth 2) or a list item (depth 3). */
const tocEntry = z.strictObject({ id: z.string(), text: z.string(), depth: z.union([z.literal(2), z.literal(3)]) });

/** Topics made by the build pipeline (`scripts/commands/build.ts`); their body is HTML the pipeline escaped. */
const topics = defineCollection({
  loader: topicsLoader(),
  schema: z.strictObject({
    title: z.string(),
    kind: z.enum(topicKinds),
    order: z.number().int().nonnegative(),
    slug: z.string(),
    number: z.number().int().optional(),
    summary: z.string(),
    headingId: z.string(),
    sourceLines: z.tuple([z.number().int(), z.number().int()]),
    words: z.number().int().nonnegative(),
    /** Letters and digits of a topic in Chinese or Japanese, whose reading time they measure (src/utils/reading-time.ts). */
    characters: z.number().int().nonnegative().optional(),
    toc: z.array(tocEntry),
    /** Slugs of the most related topics, most related first (scripts/render/cross-link.ts). */
    related: z.array(z.string()),
    /** Slugs of the topics whose text links here (scripts/render/link-topics.ts). */
    backlinks: z.array(z.string()),
  }),
});

/**
 * Hand-written pages: the built-in About and Browsing safely in the site's language, and `content/pages/`
 * (src/loaders/pages-loader.ts); Markdown through our loader, MDX through Astro's, which other sites need not load.
 */
const pages = defineCollection({
  loader: pagesLoader(),
  schema: z.strictObject({
    title: z.string(),
    description: z.string(),
    /** The language a page of content/pages/ is written in. Default: content/site.yaml's `lang`. */
    lang: z.string().optional(),
  }),
});

export const collections = { topics, pages };
