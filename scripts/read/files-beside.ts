// Node-only: the files next to an article on disk, which its relative links and images name. Kept apart
// from the readers so that they stay pure and can be given any `ArticleFiles` in tests.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ArticleFiles } from '../types.ts';

/** The files in the article's folder and below it; nothing outside it, whatever `../` a link climbs. */
export function filesBeside(articlePath: string): ArticleFiles {
  const folder = path.dirname(path.resolve(articlePath));
  return {
    read(reference) {
      const target = path.resolve(folder, reference);
      if (!target.startsWith(folder + path.sep)) return undefined;
      try {
        return statSync(target).isFile() ? readFileSync(target) : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
