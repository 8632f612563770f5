// Builds run in a throwaway copy of the project, so tests never touch the working tree's dist/.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Copies what a build reads (sources, content, config) to a temp folder; node_modules is linked. */
export function makeProjectCopy(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'unfold-build-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'content', 'scripts', 'src', 'public']) {
    cpSync(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
  }
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

export interface BuildRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run build`'s command line without its leading `node`, read from package.json so both stay one. */
const buildArguments = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build.split(' ').slice(1);

/** Runs `npm run build`'s script in `root` with extra environment variables. */
export function runBuild(root: string, env: Record<string, string> = {}): BuildRun {
  const run = spawnSync(process.execPath, buildArguments, {
    cwd: root,
    env: { ...buildEnvironment(), ...env },
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every file under `dir` with its size and modification time: equal snapshots mean nothing was touched. */
export function snapshotFolder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name);
    const stat = statSync(file);
    if (stat.isFile()) files.set(name, `${stat.size}:${stat.mtimeMs}`);
  }
  return files;
}

/** The HTML of every page under `dist`, by path. */
export function readPages(dist: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const name of readdirSync(dist, { recursive: true }) as string[]) {
    if (name.endsWith('.html')) pages.set(name, readFileSync(path.join(dist, name), 'utf8'));
  }
  return pages;
}

/**
 * The environment a person's shell would give the build: vitest adds Vite's own variables
 * (`BASE_URL`, `MODE`, `SSR`…) to `process.env`, and Astro would take `BASE_URL=/` over `SITE_BASE`.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const vitestVariables = /^(BASE_URL|MODE|DEV|PROD|SSR|TEST|VITEST.*|NODE_ENV|SITE_(SOURCE|BASE|URL))$/;
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !vitestVariables.test(name)));
}
