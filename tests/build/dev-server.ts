// `npm run dev`'s script in a project copy, for the dev tests and the bench's edit latency: started, its
// address read from what it prints, and stopped.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildEnvironment, repoRoot } from './project.ts';

export interface DevServer {
  /** The address it serves, such as `http://localhost:4321/`. */
  url: string;
  /** Everything it has printed so far, for failure messages and its own reports. */
  output(): string;
  stop(): Promise<void>;
}

const address = /http:\/\/localhost:\d+\//;

/** `npm run dev`'s command line without its leading `node`, read from package.json so both stay one. */
const devArguments = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: { dev: string } }).scripts.dev.split(' ').slice(1);

/** Starts the dev server in `root` and waits until it prints its address; throws with its output if it does not within `timeoutMs`. */
export async function startDevServer(root: string, env: Record<string, string> = {}, timeoutMs = 60_000): Promise<DevServer> {
  const server = spawn(process.execPath, devArguments, { cwd: root, env: { ...buildEnvironment(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const stop = async () => {
    if (server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill();
    await exited;
  };
  const started = Date.now();
  while (!address.test(output)) {
    if (Date.now() - started > timeoutMs || server.exitCode !== null) {
      await stop();
      throw new Error(`the dev server did not start:\n${output}`);
    }
    await sleep(20);
  }
  return { url: address.exec(output)![0], output: () => output, stop };
}

/** Polls `check` until it returns true or `milliseconds` pass. */
export async function eventually(check: () => Promise<boolean>, milliseconds: number): Promise<boolean> {
  const deadline = Date.now() + milliseconds;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await sleep(250);
  }
  return false;
}
