import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from './build/project.ts';

test('the whole project type-checks under TypeScript strict', () => {
  // astro:content's types come from `astro sync`, which `npm run build` runs; make them if it has not.
  if (!existsSync(path.join(repoRoot, '.astro/types.d.ts'))) {
    spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'sync'], { cwd: repoRoot, encoding: 'utf8' });
  }
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', repoRoot], { cwd: repoRoot, encoding: 'utf8' });
  expect(run.stdout + run.stderr).toBe('');
  expect(run.status).toBe(0);
});
