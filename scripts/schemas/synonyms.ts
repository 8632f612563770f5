import { z } from 'zod';

/** `content/synonyms.yaml`: readers' words the article does not use, attached to the paragraph or item that answers them. */
export const synonymsSchema = z.array(
  z.strictObject({
    /** Words or short phrases readers search with ("ghosting", "silent treatment"). */
    words: z.array(z.string().trim().min(2).max(40)).min(1),
    /** Quotes the first (or last) words of the paragraph or list item that answers them. */
    at: z.string().trim().min(3, 'quote at least a few words of the paragraph or item'),
  }),
);

export type SynonymEntry = z.output<typeof synonymsSchema>[number];
