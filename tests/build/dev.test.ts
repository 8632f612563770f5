import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { eventually, startDevServer } from './dev-server.ts';
import { makeProjectCopy } from './project.ts';

test('npm run dev shows an edit of a file in content/ without a restart', async () => {
  const root = makeProjectCopy();
  const server = await startDevServer(root);
  try {
    const page = new URL('be-reliable/', server.url).href;
    const summary = async () => (await (await fetch(page)).text()).includes('Being steady and consistent helps');
    expect(await eventually(summary, 30_000), server.output()).toBe(true);

    // Editors (and sed -i, and git) often save by replacing the file: the watcher must follow.
    const outline = path.join(root, 'content/outline.yaml');
    const original = readFileSync(outline, 'utf8');
    writeFileSync(`${outline}.tmp`, original.replace('Being steady and consistent helps an avoidant partner learn to trust.', 'Steadiness builds trust.'));
    renameSync(`${outline}.tmp`, outline);
    expect(await eventually(async () => (await (await fetch(page)).text()).includes('Steadiness builds trust.'), 30_000), server.output()).toBe(true);

    // A second edit after the replace still arrives.
    writeFileSync(outline, original);
    expect(await eventually(summary, 30_000), server.output()).toBe(true);
  } finally {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  }
}, 150_000);
