import path from 'node:path';
import type { Sourced } from '../types.ts';

/**
 * File names that say what a file is for, not what it is about: a project's `README.md` or a saved
 * `index.html` is named after its folder (the project, the site), as GitHub titles a README.
 */
const roleNames = /^(readme|index|default|home|main)$/i;
/** Folders named for what they hold, not for a project: `content/README.md` keeps its file's name. */
const holderNames = /^(content|docs?|documents?|src|site|public|www|pages|downloads?|desktop|tmp|temp)$/i;

/** "my-garden_guide" → "My garden guide": separators become spaces and the first letter a capital. */
function asTitle(name: string): string {
  return name.replace(/[-_]+/g, ' ').trim().replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
}

/**
 * The title an article without one gets from where it is (`sourcePath`, absolute or from the working
 * folder): its file's name, or its folder's when the file's name is only its role.
 */
export function titleFromPath(sourcePath: string): Sourced<string> {
  const stem = path.basename(sourcePath, path.extname(sourcePath));
  const folder = path.basename(path.dirname(path.resolve(sourcePath)));
  const folderTitle = asTitle(folder);
  if (roleNames.test(stem) && !holderNames.test(folder) && folderTitle) return { value: folderTitle, from: 'folder name' };
  return { value: asTitle(stem) || stem, from: 'file name' };
}
