import { spawn } from 'node:child_process';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { buildEnvironment, makeProjectCopy } from './project.ts';

/** Polls `check` until it returns true or `milliseconds` pass. */
async function eventually(check: () => Promise<boolean>, milliseconds: number): Promise<boolean> {
  const deadline = Date.now() + milliseconds;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

test('npm run dev shows an edit of a file in content/ without a restart', async () => {
  const root = makeProjectCopy();
  const server = spawn(process.execPath, ['scripts/commands/dev.ts'], { cwd: root, env: buildEnvironment(), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  try {
    const started = await eventually(async () => /http:\/\/localhost:\d+\//.test(output), 60_000);
    expect(started, output).toBe(true);
    const page = new URL('be-reliable/', /http:\/\/localhost:\d+\//.exec(output)![0]).href;
    const summary = async () => (await (await fetch(page)).text()).includes('Being steady and consistent helps');
    expect(await eventually(summary, 30_000), output).toBe(true);

    // Editors (and sed -i, and git) often save by replacing the file: the watcher must follow.
    const outline = path.join(root, 'content/outline.yaml');
    const original = readFileSync(outline, 'utf8');
    writeFileSync(`${outline}.tmp`, original.replace('Being steady and consistent helps an avoidant partner learn to trust.', 'Steadiness builds trust.'));
    renameSync(`${outline}.tmp`, outline);
    expect(await eventually(async () => (await (await fetch(page)).text()).includes('Steadiness builds trust.'), 30_000), output).toBe(true);

    // A second edit after the replace still arrives.
    writeFileSync(outline, original);
    expect(await eventually(summary, 30_000), output).toBe(true);
  } finally {
    server.kill();
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(root, { recursive: true, force: true });
  }
}, 150_000);
