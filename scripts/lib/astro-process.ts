// How the commands that start Astro run: preloaded by `npm run build` and `npm run dev` (`node --import`),
// so that it comes before any of their modules is compiled, and imported first by them for any other way to run them.
import { enableCompileCache } from 'node:module';

// Astro, Vite and Rolldown are some 1,000 modules, and the pipeline some 300 more: V8's compiled code for
// them is kept (in the system's temporary folder, where Node puts it), so that every build or dev server
// after the first skips compiling them again. Preloaded, it covers the commands' static imports too.
enableCompileCache();

// Astro's telemetry would run `git config` on the writer's project and post to Astro's server at each
// build: nothing about the writer leaves their machine either.
process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';

// Rolldown's allocator (mimalloc) commits its arenas eagerly by default; where the kernel backs them with
// huge pages that is some 100 MiB of resident memory for nothing. Read when Rolldown's binding loads.
process.env['MIMALLOC_ARENA_EAGER_COMMIT'] ??= '0';
