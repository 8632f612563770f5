// `npm run dev` keeps old links landing as the build does, but never writes the ledger of published links:
// a preview of an edit is not a publication.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { buildEnvironment, makeProjectCopy } from './project.ts';

const ledger = 'content/published-links/article.yaml';

async function eventually(check: () => Promise<boolean>, milliseconds: number): Promise<boolean> {
  const deadline = Date.now() + milliseconds;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

test('npm run dev shows an edited paragraph with its old id kept, and leaves the ledger as it was', async () => {
  const root = makeProjectCopy();
  const before = { text: readFileSync(path.join(root, ledger), 'utf8'), mtime: statSync(path.join(root, ledger)).mtimeMs };
  const server = spawn(process.execPath, ['scripts/commands/dev.ts'], { cwd: root, env: buildEnvironment(), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  try {
    expect(await eventually(async () => /http:\/\/localhost:\d+\//.test(output), 60_000), output).toBe(true);
    const page = new URL('be-reliable/', /http:\/\/localhost:\d+\//.exec(output)![0]).href;
    expect(await eventually(async () => (await fetch(page)).ok, 30_000), output).toBe(true);
    const article = path.join(root, 'content/article.txt');
    writeFileSync(article, readFileSync(article, 'utf8').replace('Since the avoidant had an unreliable', 'As the avoidant had an unreliable'));
    const kept = async () => /<p id="as-the-avoidant-had-an-unreliable"><span id="since-the-avoidant-had-an-unreliable" class="former-id"><\/span>As the /.test(await (await fetch(page)).text());
    expect(await eventually(kept, 30_000), output).toBe(true);
    expect(output).not.toMatch(/recorded the new links/);
  } finally {
    server.kill();
    await new Promise((resolve) => server.once('exit', resolve));
  }
  expect(readFileSync(path.join(root, ledger), 'utf8')).toBe(before.text);
  expect(statSync(path.join(root, ledger)).mtimeMs).toBe(before.mtime);
  rmSync(root, { recursive: true, force: true });
}, 150_000);
