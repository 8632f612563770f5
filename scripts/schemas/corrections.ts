import { z } from 'zod';

/** `content/corrections.yaml`: explicit fixes of scraping defects, applied before parsing. */
export const correctionsSchema = z.array(
  z.strictObject({
    /** The text as the scrape left it, exactly as it stands in the article (within one line). */
    original: z.string().min(1),
    /** The same words with the missing spaces or punctuation added. */
    fix: z.string().min(1),
    /** Why, for the reviewer. Optional. */
    note: z.string().optional(),
  }),
);

export type Correction = z.output<typeof correctionsSchema>[number];
