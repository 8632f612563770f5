// The same input gives the same site, byte for byte, wherever and whenever it is built: hosts can
// cache by content, and a reviewer can tell a content change from build noise.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeProjectCopy, repoRoot, runBuild } from './project.ts';

const TEXT_FILE = /\.(html|css|js|mjs|json|xml|txt|svg|webmanifest)$/;

/** Every file under `dist`, by forward-slash relative path, with its SHA-256. */
function hashFolder(dist: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const name of (readdirSync(dist, { recursive: true }) as string[]).sort()) {
    const file = path.join(dist, name);
    if (statSync(file).isFile()) hashes.set(name.split(path.sep).join('/'), createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return hashes;
}

/** The first line where two texts part, quoted from both, so a failure shows what varies. */
function firstDifferingLine(a: string, b: string): string {
  const linesA = a.split('\n');
  const linesB = b.split('\n');
  for (let index = 0; index < Math.max(linesA.length, linesB.length); index++) {
    if (linesA[index] === linesB[index]) continue;
    const clip = (line = '') => {
      // Long minified lines: show the neighbourhood of the first differing character.
      let start = 0;
      const other = line === linesA[index] ? (linesB[index] ?? '') : (linesA[index] ?? '');
      while (start < line.length && line[start] === other[start]) start++;
      return `…${line.slice(Math.max(0, start - 80), start + 120)}…`;
    };
    return `line ${index + 1}:\n  first:  ${clip(linesA[index])}\n  second: ${clip(linesB[index])}`;
  }
  return 'no differing line (the files differ only in line endings or a trailing byte)';
}

/** A second copy of a project copy in its own temp folder, node_modules linked as makeProjectCopy does. */
function copyProject(from: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'unfold-build-'));
  cpSync(from, root, { recursive: true, filter: (source) => source !== path.join(from, 'node_modules') });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

describe('two builds of the same input, in two different folders and time zones', () => {
  const roots: string[] = [];
  const dists: string[] = [];

  beforeAll(() => {
    // The second copy is made from the first, not from the working tree, which others may edit meanwhile.
    const first = makeProjectCopy();
    roots.push(first, copyProject(first));
    // Far-apart time zones too: a date formatted from the build's clock would show up as a difference.
    for (const [index, TZ] of ['UTC', 'Pacific/Kiritimati'].entries()) {
      const root = roots[index]!;
      const run = runBuild(root, { TZ });
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      dists.push(path.join(root, 'dist'));
    }
  }, 180_000);

  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  test('give byte-identical dist/ folders, link-preview cards included: the same files, each with the same SHA-256', () => {
    const [first, second] = dists.map(hashFolder) as [Map<string, string>, Map<string, string>];
    expect(first.size).toBeGreaterThan(20);
    // The link-preview cards are drawn at build: they must come out the same bytes too.
    expect([...first.keys()].filter((name) => /^cards\/[0-9a-f]{16}\.png$/.test(name)).length).toBeGreaterThan(20);
    const onlyIn = (a: Map<string, string>, b: Map<string, string>) => [...a.keys()].filter((name) => !b.has(name));
    const changed = [...first].filter(([name, hash]) => second.has(name) && second.get(name) !== hash).map(([name]) => name);
    const differing = [
      ...onlyIn(first, second).map((name) => `only in the first: ${name}`),
      ...onlyIn(second, first).map((name) => `only in the second: ${name}`),
      ...changed,
    ];
    const firstText = changed.find((name) => TEXT_FILE.test(name));
    const detail = firstText
      ? `\n${firstText}, ${firstDifferingLine(readFileSync(path.join(dists[0]!, firstText), 'utf8'), readFileSync(path.join(dists[1]!, firstText), 'utf8'))}`
      : '';
    expect(differing, `files whose bytes differ between the builds:${detail}`).toEqual([]);
  });
});
