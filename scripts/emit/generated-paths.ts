/** Where the pipeline writes what the Astro site reads. One definition, shared by both sides. */
export const generatedDir = '.unfold';
/** Everything one run of the pipeline produces; replaced as a whole. */
export const generatedContentDir = `${generatedDir}/content`;
/** Every topic's data and HTML, one JSON file read by the site's topics loader (`src/loaders/topics-loader.ts`). */
export const topicsFile = `${generatedContentDir}/topics.json`;
/** The files an article's links and images use, each named by its content; `src/pages/media/[file].ts` serves them. */
export const mediaDir = `${generatedContentDir}/media`;
/** Site-wide data the pages need: resolved settings, corrections applied, lint summary. */
export const siteDataFile = `${generatedContentDir}/site.json`;
/** Link-preview cards of the last build, drawn again only when what they show or how they are drawn changed. */
export const keptCardsDir = `${generatedDir}/cards`;
/** Astro writes the next site here; it replaces `dist/` only when the whole build succeeded. */
export const distStagingDir = `${generatedDir}/dist-staging`;
