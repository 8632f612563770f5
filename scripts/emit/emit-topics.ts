// Node-only: the stage that writes. Output goes to a fresh folder first and is swapped in only when
// complete, so a failed build never leaves a half-written or destroyed previous output.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MediaFile } from '../media/resolve-media.ts';
import { bodyToHtml, type RenderedTopic, type TopicFrontmatter } from '../render/render-topic.ts';

/** One topic as the site's topics loader stores it: its data, and its body as the HTML the pipeline made. */
export interface TopicEntry {
  id: string;
  data: TopicFrontmatter;
  html: string;
}

/** A topic as a content-collection entry, keyed by its slug. */
export function topicEntry(topic: RenderedTopic): TopicEntry {
  return { id: topic.frontmatter.slug, data: topic.frontmatter, html: bodyToHtml(topic.body) };
}

/** The topics file: one entry per line, in reading order, so a diff of two builds reads topic by topic. */
export function topicsJson(topics: readonly RenderedTopic[]): string {
  return `[\n${topics.map((topic) => JSON.stringify(topicEntry(topic))).join(',\n')}\n]\n`;
}

/** A folder swapped into place whose previous version is kept until the swap is committed. */
export interface FolderSwap {
  /** Deletes the previous version: the new one stays. */
  commit(): void;
  /** Puts the previous version back. */
  rollback(): void;
}

/** Writes `files` (relative path → contents) into a staging folder. */
export function writeStagingFolder(staging: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  rmSync(staging, { recursive: true, force: true });
  for (const [name, contents] of files) {
    mkdirSync(path.dirname(path.join(staging, name)), { recursive: true });
    writeFileSync(path.join(staging, name), contents);
  }
}

/** Moves `staging` to `dir`, keeping the previous `dir` aside until commit or rollback. */
export function swapFolder(staging: string, dir: string): FolderSwap {
  const previous = `${dir}.previous`;
  rmSync(previous, { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  const hadPrevious = existsSync(dir);
  if (hadPrevious) renameSync(dir, previous);
  renameSync(staging, dir);
  return {
    commit: () => rmSync(previous, { recursive: true, force: true }),
    rollback: () => {
      rmSync(dir, { recursive: true, force: true });
      if (hadPrevious) renameSync(previous, dir);
    },
  };
}

/** Every file one pipeline run writes, by path relative to the generated content folder: topics, site data, the article's media. */
export function generatedFiles(topics: readonly RenderedTopic[], siteData: unknown, media: readonly MediaFile[] = []): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>([['topics.json', topicsJson(topics)]]);
  files.set('site.json', `${JSON.stringify(siteData, null, 2)}\n`);
  for (const file of media) files.set(`media/${file.name}`, file.bytes);
  return files;
}

/**
 * Updates `dir` in place to hold exactly `files`, rewriting only what changed. For `npm run dev`,
 * where Astro watches the files: a folder swap would pull them from under its watcher.
 */
export function syncFolder(dir: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  const wanted = new Set([...files.keys()].map((name) => path.join(dir, name)));
  for (const entry of existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }) : []) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && !wanted.has(file)) rmSync(file);
  }
  for (const [name, contents] of files) {
    const file = path.join(dir, name);
    if (existsSync(file) && readFileSync(file).equals(typeof contents === 'string' ? Buffer.from(contents) : contents)) continue;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, contents);
  }
}
