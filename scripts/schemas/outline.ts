import { z } from 'zod';
import { topicKinds } from '../types.ts';

/** Quotes the first (or last) words of one block of the article. */
const anchor = z.string().trim().min(3, 'quote at least a few words of the block');

const topicSettings = {
  /** The page's kind; default `strategy` for numbered headings, `guide` for the others. */
  kind: z.enum(topicKinds).optional(),
  /** The page's title; default the heading's text without its number. */
  title: z.string().trim().min(1).max(120).optional(),
  /** The last part of the page's URL; default a slug of the title. */
  slug: z.string().regex(/^[\p{Ll}\p{Lo}\p{N}]+(-[\p{Ll}\p{Lo}\p{N}]+)*$/u, 'use lowercase words joined by "-"').optional(),
  /** One neutral sentence for lists and link previews; default the topic's first sentence. */
  summary: z.string().trim().min(1).max(300).optional(),
};

/** `content/outline.yaml`: an optional, reviewable editorial outline of the article. */
export const outlineSchema = z
  .strictObject({
    /** The text before the first heading. */
    overview: z.strictObject({ title: topicSettings.title, summary: topicSettings.summary }).optional(),
    /** Per topic: `at` quotes the block that starts it: a heading, or any other block to start a new topic there. */
    topics: z.array(z.strictObject({ at: anchor, ...topicSettings })).default([]),
    /** Runs of blocks that belong to another topic: `from` and `to` quote the run's first and last block. */
    moves: z.array(z.strictObject({ from: anchor, to: anchor, into: anchor })).default([]),
  })
  .prefault({});

export type OutlineConfig = z.output<typeof outlineSchema>;
