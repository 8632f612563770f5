import path from 'node:path';
import { z } from 'zod';
import { slugify } from '../lib/slug.ts';
import { publishedLinksSchema } from '../schemas/published-links.ts';
import type { Ledger } from './keep-links.ts';

/** The ledger as its schema reads it. */
export function ledgerFromConfig(config: z.output<typeof publishedLinksSchema>): Ledger {
  return config.map(({ page, ids }) => ({
    path: page,
    ids: ids.map((line) => {
      const [id, fingerprint] = line.split(' ') as [string, string];
      return { id, fingerprint };
    }),
  }));
}

/**
 * The ledger as YAML, one line per id, so that a review sees each new address and id as one added line.
 * An id is written plainly when YAML reads it back as the same string, else in double quotes.
 */
export function serialiseLedger(ledger: Ledger, sourceFile: string): string {
  const lines = [
    `# Every page address and block id published from ${sourceFile}, in page order, each id with a fingerprint`,
    '# of its text. `npm run build` adds to it and never removes: old links keep landing (README: "Links that last").',
  ];
  for (const page of ledger) {
    lines.push(`- page: ${page.path}`);
    if (page.ids.length === 0) continue;
    lines.push('  ids:');
    for (const { id, fingerprint } of page.ids) {
      const line = `${id} ${fingerprint}`;
      lines.push(`    - ${/^[\p{L}\p{N}][\p{L}\p{N}_-]* [0-9a-f]+$/u.test(line) ? line : JSON.stringify(line)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The name of an article's ledger (`content/published-links/<name>.yaml`): its file name, not its path, so a
 * clone elsewhere finds it. Another article with the bundled one's name (a writer's own `article.md`) takes
 * its extension too, or it would inherit the bundled article's published pages as pages it moved.
 */
export function ledgerName(sourcePath: string, bundledPath: string): string {
  const name = (file: string) => slugify(path.basename(file, path.extname(file))) || 'article';
  const own = name(sourcePath);
  if (path.resolve(sourcePath) === path.resolve(bundledPath) || own !== name(bundledPath)) return own;
  return `${own}-${slugify(path.extname(sourcePath).slice(1)) || 'file'}`;
}
