// The search step (scripts/emit/index-search.ts): Pagefind is given the built pages from memory, in the order
// its own folder walk takes them, so the bundle is byte for byte the one `addDirectory` writes; its indexer
// starts before the site is built, with the site's settings; and it is stopped however the step or the build ends.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { builtHtmlFiles, htmlFilesInWalkOrder } from '../../scripts/emit/built-pages.ts';
import { createSearchIndex, indexSearch, startSearchIndex } from '../../scripts/emit/index-search.ts';
import { stopWordsFile } from '../../src/utils/pagefind-client.ts';
import { makeProjectCopy, runBuild } from '../build/project.ts';

const folders: string[] = [];
/** Processes of the stand-in Pagefind, stopped after the tests whatever happened. */
const standIns: number[] = [];
afterAll(() => {
  for (const pid of standIns) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function folder(prefix: string): string {
  const made = mkdtempSync(path.join(tmpdir(), prefix));
  folders.push(made);
  return made;
}

/** A site of 41 pages in nested folders and a 404 page, made in neither sorted nor reverse order (by their names read backwards). */
function site(): string {
  const dir = folder('unfold-index-search-');
  const pages = ['404.html'];
  for (let part = 1; part <= 3; part++) {
    for (const topic of ['trust', 'space', 'repair', 'listening', 'boundaries', 'calm', 'support', 'time', 'words', 'patience', 'honesty', 'rest', 'help']) pages.push(`${topic}-part-${part}/index.html`);
  }
  pages.push('guides/leaving/index.html', 'index.html');
  const backwards = (page: string) => [...page].reverse().join('');
  for (const page of pages.sort((a, b) => (backwards(a) < backwards(b) ? -1 : 1))) {
    const name = page.replace(/\/?index\.html$/, '') || 'home';
    mkdirSync(path.dirname(path.join(dir, page)), { recursive: true });
    writeFileSync(
      path.join(dir, page),
      `<!doctype html><html lang="en"><head><title>${name}</title></head><body><main data-pagefind-body><h1 id="top">About ${name}</h1><p id="p">Notes on ${name.replace(/-/g, ' ')}, with a word of their own: ${name.length}x${page.length}.</p></main></body></html>`,
    );
  }
  return dir;
}

/** Every file of a folder and its bytes, by path. */
function files(dir: string): Map<string, Buffer> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(entries.map((entry) => [path.relative(dir, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name))]));
}

function isRunning(pid: number): boolean {
  try {
    // A process that has ended but is not yet reaped is a zombie: it runs no more.
    return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** The Pagefind processes this process started and that still run. */
function pagefindProcesses(): number[] {
  const children = readdirSync('/proc/self/task').flatMap((task) => readFileSync(`/proc/self/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
  return children.filter((pid) => isRunning(pid) && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('pagefind'));
}

/**
 * A stand-in for Pagefind's binary (Pagefind runs the one `PAGEFIND_EXTENDED_BINARY_PATH` names): it speaks
 * Pagefind's service protocol, refuses the page `refused` with a reason, writes its process id to `pidFile`
 * and, unlike Pagefind, keeps running when its input ends: only being stopped ends it within a minute.
 */
function standInPagefind(refused: string, pidFile: string): string {
  const file = path.join(folder('unfold-stand-in-pagefind-'), 'pagefind');
  writeFileSync(
    file,
    `#!${process.execPath}
require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid));
// The build's error output, which it inherits, is let go, so that the build's end is not held up by this process.
require('node:fs').closeSync(2);
setTimeout(() => process.exit(0), 60_000);
const send = (message_id, payload) => process.stdout.write(Buffer.from(JSON.stringify({ message_id, payload })).toString('base64') + ',');
let buffered = '';
process.stdin.on('data', (chunk) => {
  const parts = (buffered + chunk).split(',');
  buffered = parts.pop();
  for (const part of parts) {
    const { message_id, payload } = JSON.parse(Buffer.from(part, 'base64').toString());
    if (payload.type === 'NewIndex') send(message_id, { type: 'NewIndex', index_id: 0 });
    else if (payload.type === 'AddFile' && payload.file_path.split('\\\\').join('/') === ${JSON.stringify(refused)}) send(message_id, { type: 'Error', message: 'refused ' + payload.file_path });
    else if (payload.type === 'AddFile') send(message_id, { type: 'IndexedFile', page_word_count: 1, page_url: '/', page_meta: {} });
    else send(message_id, { type: 'Error', message: 'not expected: ' + payload.type });
  }
});
`,
  );
  chmodSync(file, 0o755);
  return file;
}

/** Reads the id the stand-in wrote, and remembers it to stop it after the tests. */
function standInPid(pidFile: string): number {
  const pid = Number(readFileSync(pidFile, 'utf8'));
  standIns.push(pid);
  return pid;
}

describe('the search step', () => {
  it('gives Pagefind the pages in its own folder walk’s order: the bundle is the one addDirectory writes', async () => {
    const dist = site();
    // The file system lists these pages in another order than sorted, so the order given matters to the bundle.
    expect(htmlFilesInWalkOrder(dist)).not.toEqual(builtHtmlFiles(dist));
    expect([...htmlFilesInWalkOrder(dist)].sort()).toEqual(builtHtmlFiles(dist));

    const reference = path.join(folder('unfold-index-search-reference-'), 'pagefind');
    try {
      const index = await createSearchIndex('en');
      expect((await index.addDirectory({ path: dist })).page_count).toBe(42);
      await index.writeFiles({ outputPath: reference });
    } finally {
      await pagefind.close();
    }
    expect(await indexSearch(dist, 'en')).toMatchObject({ pages: 42 });

    const ours = files(path.join(dist, 'pagefind'));
    const theirs = files(reference);
    const kept = [...theirs.keys()].filter((name) => ours.has(name));
    // Pagefind's own scripts and UIs are left out; the stop words are added.
    expect([...theirs.keys()].filter((name) => !ours.has(name)).every((name) => /^pagefind(-[a-z-]+)?\.(js|css)$/.test(name))).toBe(true);
    expect([...ours.keys()].filter((name) => !theirs.has(name))).toEqual([stopWordsFile]);
    expect(kept.filter((name) => name.endsWith('.pf_fragment')).length).toBe(42);
    for (const name of kept) expect(ours.get(name)!.equals(theirs.get(name)!), name).toBe(true);
  });

  it('starts Pagefind with the site’s chunk size in its environment, leaving this process’s environment as it was', async () => {
    const indexer = startSearchIndex('en');
    try {
      const [pid] = pagefindProcesses();
      expect(pid).toBeDefined();
      expect(readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')).toContain('PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=2000');
      expect(process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE']).toBeUndefined();
    } finally {
      await indexer.close();
    }
    await expect.poll(pagefindProcesses, { timeout: 5000 }).toEqual([]);
  });

  it('stops Pagefind when the site is never indexed, and when indexing fails', async () => {
    await startSearchIndex('en').close();
    await expect.poll(pagefindProcesses, { timeout: 5000 }).toEqual([]);

    const indexer = startSearchIndex('en');
    const missing = path.join(folder('unfold-index-search-missing-'), 'dist');
    try {
      await expect(indexer.index(missing)).rejects.toThrow(/ENOENT/);
    } finally {
      await indexer.close();
    }
    await expect.poll(pagefindProcesses, { timeout: 5000 }).toEqual([]);
  });

  it('fails with Pagefind’s reason when it refuses a page, and stops it', async () => {
    const pidFile = path.join(folder('unfold-stand-in-pid-'), 'pid');
    const previous = process.env['PAGEFIND_EXTENDED_BINARY_PATH'];
    process.env['PAGEFIND_EXTENDED_BINARY_PATH'] = standInPagefind('trust-part-2/index.html', pidFile);
    try {
      await expect(indexSearch(site(), 'en')).rejects.toThrow('Pagefind could not index the built pages: refused trust-part-2/index.html');
    } finally {
      if (previous === undefined) delete process.env['PAGEFIND_EXTENDED_BINARY_PATH'];
      else process.env['PAGEFIND_EXTENDED_BINARY_PATH'] = previous;
    }
    const pid = standInPid(pidFile);
    await expect.poll(() => isRunning(pid), { timeout: 5000 }).toBe(false);
  });
});

describe('npm run build with a Pagefind that refuses a page', () => {
  it('fails with Pagefind’s reason and exit code 1, writes no dist/, and stops Pagefind', async () => {
    const root = makeProjectCopy();
    folders.push(root);
    const pidFile = path.join(root, 'pagefind.pid');
    const run = runBuild(root, { PAGEFIND_EXTENDED_BINARY_PATH: standInPagefind('be-reliable/index.html', pidFile) });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Pagefind could not index the built pages: refused be-reliable/index.html');
    expect(existsSync(path.join(root, 'dist'))).toBe(false);
    const pid = standInPid(pidFile);
    await expect.poll(() => isRunning(pid), { timeout: 5000 }).toBe(false);
  });

  it('stops the Pagefind started beside Astro when Astro fails', async () => {
    const root = makeProjectCopy();
    folders.push(root);
    writeFileSync(path.join(root, 'src/pages/broken.astro'), '---\nthrow new Error("a page that cannot render");\n---\n');
    const pidFile = path.join(root, 'pagefind.pid');
    const run = runBuild(root, { PAGEFIND_EXTENDED_BINARY_PATH: standInPagefind('', pidFile) });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('a page that cannot render');
    expect(existsSync(path.join(root, 'dist'))).toBe(false);
    const pid = standInPid(pidFile);
    await expect.poll(() => isRunning(pid), { timeout: 5000 }).toBe(false);
  });
});
