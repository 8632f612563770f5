// The search step (scripts/emit/index-search.ts): its indexer starts before the site is built, with the site's
// settings; it is told to read the pages and to write the bundle at once; the folder of pages it reads is
// removed and the indexer stopped however the step or the build ends, and a page it refuses fails the build.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSearch, startSearchIndex } from '../../scripts/emit/index-search.ts';
import { openSearchBundle } from '../../scripts/emit/search-bundle.ts';
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

/** Runs `run` with the system's temporary folder (where the step writes the pages it gives Pagefind) set to `temp`. */
async function withTemporaryFolder<T>(temp: string, run: () => Promise<T>): Promise<T> {
  const previous = process.env['TMPDIR'];
  process.env['TMPDIR'] = temp;
  try {
    return await run();
  } finally {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
  }
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
 * Pagefind's service protocol, refuses a folder that holds the page `refused` (answering only once it is also
 * asked for the bundle, which the step asks for at once), writes its process id to `pidFile` and, unlike
 * Pagefind, keeps running when its input ends: only being stopped ends it within a minute.
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
// The answer to the folder of pages, given once the step has also asked for the bundle, as it does at once.
let folderAnswer;
process.stdin.on('data', (chunk) => {
  const parts = (buffered + chunk).split(',');
  buffered = parts.pop();
  for (const part of parts) {
    const { message_id, payload } = JSON.parse(Buffer.from(part, 'base64').toString());
    if (payload.type === 'NewIndex') send(message_id, { type: 'NewIndex', index_id: 0 });
    else if (payload.type === 'AddDir') {
      const refuses = require('node:fs').existsSync(require('node:path').join(payload.path, ${JSON.stringify(refused)}));
      folderAnswer = () => send(message_id, refuses ? { type: 'Error', message: 'refused ' + ${JSON.stringify(refused)} } : { type: 'IndexedDir', page_count: 1 });
      setTimeout(() => folderAnswer && send(message_id, { type: 'Error', message: 'not told to write the bundle with the pages' }), 5_000);
    } else if (payload.type === 'WriteFiles') {
      folderAnswer?.();
      folderAnswer = undefined;
      send(message_id, { type: 'WriteFiles', output_path: payload.output_path });
    } else send(message_id, { type: 'Error', message: 'not expected: ' + payload.type });
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
  it('indexes every page, and removes the folder of pages it gave Pagefind', async () => {
    const dist = site();
    const temp = folder('unfold-index-search-temp-');
    const found = await withTemporaryFolder(temp, () => indexSearch(dist, 'en'));
    expect(found.pages).toBe(42);
    expect(readdirSync(temp)).toEqual([]);
    const search = await openSearchBundle(path.join(dist, 'pagefind'));
    const results = (await search.search('boundaries'))?.results ?? [];
    expect((await Promise.all(results.map(async (result) => (await result.data()).url))).sort()).toEqual(['/boundaries-part-1/', '/boundaries-part-2/', '/boundaries-part-3/']);
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

  it('fails with Pagefind’s reason when it refuses a page, removes the folder of pages and stops Pagefind', async () => {
    const pidFile = path.join(folder('unfold-stand-in-pid-'), 'pid');
    const previous = process.env['PAGEFIND_EXTENDED_BINARY_PATH'];
    process.env['PAGEFIND_EXTENDED_BINARY_PATH'] = standInPagefind('trust-part-2/index.html', pidFile);
    const dist = site();
    const temp = folder('unfold-index-search-temp-');
    try {
      await expect(withTemporaryFolder(temp, () => indexSearch(dist, 'en'))).rejects.toThrow('Pagefind could not index the built pages: refused trust-part-2/index.html');
      expect(readdirSync(temp)).toEqual([]);
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
