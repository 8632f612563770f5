import { z } from 'zod';

/** `content/site.yaml`: the few settings of a site. Every field has a default, so the file is optional. */
export const settingsSchema = z
  .strictObject({
    /** Site title, shown in the header and the browser tab. Default: the article's first heading or "unfold". */
    title: z.string().trim().min(1).max(120).optional(),
    /** One sentence that describes the site, for search engines and link previews. */
    description: z.string().trim().max(300).default(''),
    /** The absolute URL where the site will live, for canonical links, Open Graph and the sitemap. */
    url: z.url({ protocol: /^https?$/ }).default('https://example.org'),
    /** Path under the host where the site is served, such as `/guide/`. `SITE_BASE` overrides it. */
    base: z
      .string()
      .regex(/^\/([\w.~-]+\/)*$/, 'must start and end with "/", like "/" or "/guide/"')
      .default('/'),
    /** BCP 47 language of the article, for `<html lang>` and search stemming. */
    lang: z
      .string()
      .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a language tag such as "en" or "en-GB"')
      .default('en'),
    /** Where "Quick exit" goes: a neutral page on another site. Default: the site language's (`src/i18n/exit-destinations.ts`). */
    exitUrl: z.url({ protocol: /^https?$/ }).optional(),
    /** The quick exit (link, Shift×3 shortcut), the safety notice and the Browsing safely page. Default: on; off for articles whose readers need no way out. */
    safety: z.boolean().default(true),
    /** The article to build, relative to `content/`. `SITE_SOURCE` overrides it. */
    source: z.string().min(1).default('article.txt'),
    /** Where the text comes from, shown on the source page. */
    attribution: z.string().trim().max(500).default(''),
    /**
     * The address where the article's folder is published (`https://github.com/you/project/blob/main/`):
     * links to other documents and files that are not beside the article go there. Default: none, such links stay text.
     */
    linkBase: z.url({ protocol: /^https?$/, error: 'must be a web address, such as https://github.com/you/project/blob/main/' }).optional(),
    /** Link previews: a card image per page, drawn at build (`og:image`). Default: on. */
    socialCards: z.boolean().default(true),
  })
  .prefault({});

export type Settings = z.output<typeof settingsSchema>;
