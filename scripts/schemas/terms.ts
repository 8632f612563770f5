import { z } from 'zod';

/**
 * `content/terms.yaml`: the index of terms. Each entry names a word or phrase the article uses with a
 * particular meaning; the site links its first use on each page to the index and lists every place it occurs.
 */
export const termsSchema = z.array(
  z.strictObject({
    /** The name shown in the index, such as `limerence`. It must occur in the article (or one of its aliases must). */
    term: z.string().trim().min(1).max(80),
    /** Other forms the article uses for the same term (`avoidants`, `codependent`). Default: none. */
    aliases: z.array(z.string().trim().min(1).max(80)).default([]),
    /**
     * The first words of the article's own sentence that defines the term, quoted exactly. The index shows that
     * sentence and nothing else: we write no definitions of our own. Default: no definition.
     */
    definedBy: z.string().trim().min(3, 'quote at least the first few words of the sentence').optional(),
  }),
);

export type TermConfig = z.output<typeof termsSchema>[number];
