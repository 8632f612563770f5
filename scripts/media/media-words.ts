/**
 * The only words the media stage adds to an article, in one place so that they can be translated
 * (issue 11). `{alt}` is the author's alt text, kept as the article's own words; `{host}` is ours.
 */
export const mediaWords = {
  /** A remote image, shown as a link to it: nothing is loaded from another site. */
  'media.remoteImage': 'Image: {alt}, on {host}',
  'media.remoteImageWithoutAlt': 'Image on {host}',
  /** An image the author gave no description: a link to it, rather than an image without alt text. */
  'media.imageWithoutAlt': 'Image without a description',
} as const;

export type MediaWordKey = keyof typeof mediaWords;
