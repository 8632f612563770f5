import { z } from 'zod';

/** One id of a page and the fingerprint of its block's text, as one line: `some-block-id 0f3a…` (32 hex digits). */
const publishedId = z.string().regex(/^\S+ [0-9a-f]{32}$/, 'expected an id, a space and a 32-digit hex fingerprint');

/**
 * `content/published-links/<key>.yaml`: every page address and block id the site has published, in page
 * order. Written by `npm run build`; a hand edit is checked like any content file.
 */
export const publishedLinksSchema = z.array(
  z.strictObject({
    /** The page's address without the base: `/` or `/be-reliable/`. */
    page: z.string().regex(/^\/([^/\s]+\/)?$/, 'expected a page address such as /be-reliable/'),
    /** Default: none (a page without block ids, such as a hub). */
    ids: z.array(publishedId).default([]),
  }),
);
