// The site's styles name sides by the way a line reads (inline-start, inline-end), never left and right, so that
// a right-to-left page mirrors by itself (issue 11). A physical side added later would stay put in Arabic and
// Hebrew; this finds it in the style sheets and the components' <style> blocks before a reader does.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../build/project.ts';

const PHYSICAL =
  /(?<![\w-])(?:(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right)(?:-\w+)?|left|right|border-(?:top|bottom)-(?:left|right)-radius)\s*:|(?:text-align|float|clear)\s*:\s*(?:left|right)\b/g;

/** Every style of `src/`: the .css files and the <style> blocks of components, pages and layouts, by file. */
function styles(): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of readdirSync(path.join(repoRoot, 'src'), { recursive: true }) as string[]) {
    const file = path.join('src', name);
    if (file.endsWith('.css')) found.set(file, readFileSync(path.join(repoRoot, file), 'utf8'));
    if (file.endsWith('.astro')) {
      const blocks = [...readFileSync(path.join(repoRoot, file), 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
      if (blocks.length > 0) found.set(file, blocks.join('\n'));
    }
  }
  return found;
}

describe('the site’s styles', () => {
  it('are found: the global sheet and some components', () => {
    const files = [...styles().keys()];
    expect(files).toContain(path.join('src', 'styles', 'global.css'));
    expect(files.filter((file) => file.endsWith('.astro')).length).toBeGreaterThan(3);
  });

  it('name no left or right side, only logical ones', () => {
    const physical = [...styles()].flatMap(([file, css]) => {
      const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
      return [...withoutComments.matchAll(PHYSICAL)].map((match) => `${file}: ${match[0]}`);
    });
    expect(physical).toEqual([]);
  });

  it('would catch one', () => {
    expect('.x { margin-left: 1rem; right: 0; text-align: left; border-right-width: 2px }'.match(PHYSICAL)).toEqual([
      'margin-left:',
      'right:',
      'text-align: left',
      'border-right-width:',
    ]);
    expect('.x { margin-inline-start: 1rem; inset-inline-end: 0; text-align: start; --left: 0; }'.match(PHYSICAL)).toBeNull();
  });
});
