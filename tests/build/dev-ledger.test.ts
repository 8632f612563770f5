// `npm run dev` keeps old links landing as the build does, but never writes the ledger of published links:
// a preview of an edit is not a publication.
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { eventually, startDevServer } from './dev-server.ts';
import { makeProjectCopy } from './project.ts';

const ledger = 'content/published-links/article.yaml';

test('npm run dev shows an edited paragraph with its old id kept, and leaves the ledger as it was', async () => {
  const root = makeProjectCopy();
  const before = { text: readFileSync(path.join(root, ledger), 'utf8'), mtime: statSync(path.join(root, ledger)).mtimeMs };
  const server = await startDevServer(root);
  try {
    const page = new URL('be-reliable/', server.url).href;
    expect(await eventually(async () => (await fetch(page)).ok, 30_000), server.output()).toBe(true);
    const article = path.join(root, 'content/article.txt');
    writeFileSync(article, readFileSync(article, 'utf8').replace('Since the avoidant had an unreliable', 'As the avoidant had an unreliable'));
    const kept = async () => /<p id="as-the-avoidant-had-an-unreliable"><span id="since-the-avoidant-had-an-unreliable" class="former-id"><\/span>As the /.test(await (await fetch(page)).text());
    expect(await eventually(kept, 30_000), server.output()).toBe(true);
    expect(server.output()).not.toMatch(/recorded the new links/);
  } finally {
    await server.stop();
  }
  expect(readFileSync(path.join(root, ledger), 'utf8')).toBe(before.text);
  expect(statSync(path.join(root, ledger)).mtimeMs).toBe(before.mtime);
  rmSync(root, { recursive: true, force: true });
}, 150_000);
