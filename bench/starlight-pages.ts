// The bundled article as a person would set it up in stock Starlight, for the bench's comparison: one
// Markdown page per topic of our pipeline, in a folder per kind (Starlight's sidebar groups), the overview
// as the home page. Frontmatter holds the title, the summary as description, and the reading order; the body
// is plain Markdown written from the topic's blocks (sub-headings as `##`, lists, quotations).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { kindInfo } from '../scripts/outline/topic-kinds.ts';
import type { Block, Topic } from '../scripts/types.ts';

/** Escapes what Markdown would read as markup in a line of the author's text. */
function literal(text: string): string {
  return text.replace(/[\\`*_[\]<>#]/g, (character) => `\\${character}`).replace(/^(\d+)\. /, '$1\\. ');
}

function blockMarkdown(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'subheading':
      return `## ${literal(block.text)}`;
    case 'paragraph':
      return literal(block.text);
    case 'quote':
      return block.paragraphs.map((paragraph) => `> ${literal(paragraph.text)}`).join('\n>\n');
    case 'list':
      return block.items.map((item, index) => `${block.ordered ? `${block.start + index}.` : '-'} ${literal(item.text)}`).join('\n');
    case 'rich':
      return toHtml({ type: 'root', children: block.hast });
  }
}

/** Writes every topic as a Starlight page under `docsDir` (replacing what was there); returns the page count. */
export function writeStarlightPages(topics: readonly Topic[], docsDir: string): number {
  rmSync(docsDir, { recursive: true, force: true });
  for (const topic of topics) {
    const file = topic.kind === 'overview' ? 'index.md' : path.join(kindInfo[topic.kind].hub, `${topic.slug}.md`);
    const title = topic.number === undefined ? topic.title : `${topic.number}. ${topic.title}`;
    const frontmatter = [`title: ${JSON.stringify(title)}`, `description: ${JSON.stringify(topic.summary)}`, `sidebar:\n  order: ${topic.number ?? topic.order}`];
    const body = topic.blocks.map(blockMarkdown).join('\n\n');
    mkdirSync(path.dirname(path.join(docsDir, file)), { recursive: true });
    writeFileSync(path.join(docsDir, file), `---\n${frontmatter.join('\n')}\n---\n\n${body}\n`);
  }
  return topics.length;
}
