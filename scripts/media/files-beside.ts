// Node-only: the files an article refers to, read from its folder on disk. Kept apart from the media
// stage so that the stage stays pure and a reader can give files of its own (a Word document's images).
import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ArticleFiles } from '../types.ts';

/**
 * The files in the folder of `articlePath` and below it. A reference that leaves the folder, by `..`
 * or through a symbolic link that points outside, reads as no file: nothing else on the disk is read.
 */
export function filesBeside(articlePath: string): ArticleFiles {
  const folder = realpathSync(path.dirname(path.resolve(articlePath)));
  const inside = (file: string) => {
    const relative = path.relative(folder, file);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  };
  return {
    read(reference) {
      const file = path.resolve(folder, reference);
      if (!inside(file)) return undefined;
      try {
        const real = realpathSync(file);
        if (!inside(real) || !statSync(real).isFile()) return undefined;
        return readFileSync(real);
      } catch {
        return undefined;
      }
    },
  };
}
