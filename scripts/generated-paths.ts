/** Where the pipeline writes what the Astro site reads. One definition, shared by both sides. */
export const generatedDir = '.unfold';
/** One Markdown file per topic, read by the `topics` content collection. */
export const topicsDir = `${generatedDir}/topics`;
/** Site-wide data the pages need: resolved settings, corrections applied, lint summary. */
export const siteDataFile = `${generatedDir}/site.json`;
