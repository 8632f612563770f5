// `npm run build` runs Astro in a worker thread started before anything else: importing Astro, Vite and
// Rolldown (some 1,000 modules) and the site's config takes most of a second of one core, which the worker
// spends while the main thread loads and runs the pipeline on the other. `npm run build` preloads this
// module (package.json), so the thread starts before the build command's own modules are even loaded.
// The worker builds once, when told, and exits; the main thread owns everything else (the staging
// folders, the swap into dist/, the messages).
import './astro-process.ts';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { UnfoldError, type SourcePoint } from './unfold-error.ts';

/** What the main thread asks of the worker: Astro's inline config and builder options that vary by build. */
export interface AstroBuildRequest {
  outDir: string;
  /** Astro's own sync (needed by MDX pages' glob loader); otherwise the build has written the store (scripts/emit/content-store.ts). */
  sync: boolean;
}

/** How the build ended, as a message: errors cross threads as plain data. */
type AstroBuildResult =
  | { ok: true }
  | { ok: false; input: { file: string; message: string; point?: SourcePoint; hint?: string } }
  /** Any other error: its name, message and stack, and Astro's own fields (hint, loc, frame…) that are plain data. */
  | { ok: false; bug: Record<string, unknown> & { message: string } };

/** An Astro builder warming up in its own thread: `build` runs it once; the process may exit without asking. */
export interface AstroBuildWorker {
  build(request: AstroBuildRequest): Promise<void>;
}

const marker = 'unfold-astro-build';

/** Starts the worker for the project at `root`; it imports Astro and the site's config at once. */
function startAstroBuild(root: string): AstroBuildWorker {
  const worker = new Worker(new URL(import.meta.url), { workerData: { [marker]: root } });
  const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
  const result = new Promise<AstroBuildResult>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    void exited.then((code) => reject(new Error(`Astro's build thread stopped (exit code ${code}) before it finished`)));
  });
  // A thread that fails while the pipeline runs is reported when the build asks for it, not as an unhandled rejection.
  result.catch(() => undefined);
  // Until it is asked to build, the worker does not keep the process alive: a pipeline error ends both.
  // (After the listeners: adding a 'message' listener refs the worker again.)
  worker.unref();
  return {
    async build(request) {
      worker.ref();
      worker.postMessage(request);
      const outcome = await result;
      // The thread's last output has reached this thread's streams once its exit is reported.
      await exited;
      if (outcome.ok) return;
      if ('input' in outcome) {
        const { file, message, point, hint } = outcome.input;
        throw new UnfoldError(file, message, { ...(point ? { point } : {}), ...(hint ? { hint } : {}) });
      }
      throw Object.assign(new Error(outcome.bug.message), outcome.bug);
    },
  };
}

/** The worker's side: import everything the build will need, then build when the main thread says so. */
async function runWorker(root: string): Promise<void> {
  const port = parentPort!;
  const request = new Promise<AstroBuildRequest>((resolve) => port.once('message', resolve));
  const [{ build }] = await Promise.all([import('astro'), warmUpConfig(root)]);
  const { outDir, sync } = await request;
  let outcome: AstroBuildResult;
  try {
    await build({ root, outDir, logLevel: 'warn' }, { sync } as Parameters<typeof build>[1]);
    outcome = { ok: true };
  } catch (error) {
    outcome = error instanceof UnfoldError
      ? { ok: false, input: { file: error.file, message: error.message, ...(error.point ? { point: error.point } : {}), ...(error.hint ? { hint: error.hint } : {}) } }
      : { ok: false, bug: plainError(error) };
  }
  port.postMessage(outcome);
  port.close();
}

/** An error as data a message can carry: JSON drops what cannot cross (functions, cycles are caught). */
function plainError(error: unknown): Record<string, unknown> & { message: string } {
  if (!(error instanceof Error)) return { message: String(error) };
  let fields: Record<string, unknown> = {};
  try {
    fields = JSON.parse(JSON.stringify({ ...error })) as Record<string, unknown>;
  } catch {
    // A field that JSON cannot write (a cycle): the name, message and stack still say what happened.
  }
  return { ...fields, name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
}

/**
 * Imports the site's config, so that the modules it imports are loaded before the build asks for them (Astro
 * imports the config again, fresh, at build). Any error in it is the build's to report. The content config
 * is the main thread's: it writes the store while this thread imports (scripts/emit/content-store.ts).
 */
async function warmUpConfig(root: string): Promise<void> {
  await import(pathToFileURL(path.join(root, 'astro.config.mjs')).href).catch(() => undefined);
}

/**
 * Whether this process runs the build command. Other commands may take the build's Node flags, this preload
 * among them (the bench reads articles with them): they start no thread.
 */
const isBuildCommand = isMainThread && process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(new URL('../commands/build.ts', import.meta.url));

/** The build command's Astro build thread, started by the first import of this module. */
export const astroBuild: AstroBuildWorker = isBuildCommand
  ? startAstroBuild(process.cwd())
  : { build: () => Promise.reject(new Error("Astro's build thread is started by the build command (scripts/commands/build.ts) only")) };

if (!isMainThread && (workerData as Record<string, unknown> | undefined)?.[marker]) await runWorker((workerData as Record<string, string>)[marker]!);
