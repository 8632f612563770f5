// Run by `npm run bench` (bench/stack-floor.ts), one step per process: a build pays each of these in a fresh
// process too, and one step's modules and heap must not speed up or slow down the next. Prints
// `{ "seconds": … }` as the last line of its output (Astro may log above it).
//   import-astro                   `await import('astro')` alone
//   astro-build <root>             Astro's `build()` of the site at <root>, once Astro is imported
//   pagefind <site> <output>       Pagefind with its defaults: createIndex, addDirectory(<site>), writeFiles(<output>)
//   index-search <site> <language> our search step, scripts/emit/index-search.ts `indexSearch`, on <site>
export interface StepResult {
  seconds: number;
}

const [step, first, second] = process.argv.slice(2);

/** Pagefind's answer, failed if it reports errors: a floor measured on a failed index would be no floor. */
function checked<T extends { errors: string[] }>(call: string, response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind ${call} failed: ${response.errors.join('; ')}`);
  return response;
}

async function timedStep(): Promise<number> {
  if (step === 'import-astro') {
    const started = performance.now();
    await import('astro');
    return (performance.now() - started) / 1000;
  }
  if (step === 'astro-build' && first) {
    const { build } = await import('astro');
    const started = performance.now();
    // No sync, as our build has none without MDX pages (scripts/lib/astro-build-worker.ts): no types to generate.
    await build({ root: first, logLevel: 'warn' }, { sync: false } as Parameters<typeof build>[1]);
    return (performance.now() - started) / 1000;
  }
  if (step === 'pagefind' && first && second) {
    const pagefind = await import('pagefind');
    const started = performance.now();
    try {
      const { index } = checked('createIndex', await pagefind.createIndex());
      if (!index) throw new Error('Pagefind createIndex gave no index');
      checked('addDirectory', await index.addDirectory({ path: first }));
      checked('writeFiles', await index.writeFiles({ outputPath: second }));
      return (performance.now() - started) / 1000;
    } finally {
      await pagefind.close();
    }
  }
  if (step === 'index-search' && first && second) {
    const { indexSearch } = await import('../scripts/emit/index-search.ts');
    return (await indexSearch(first, second)).seconds;
  }
  throw new Error('usage: stack-floor-step.ts import-astro | astro-build <root> | pagefind <site> <output> | index-search <site> <language>');
}

const result: StepResult = { seconds: await timedStep() };
process.stdout.write(`\n${JSON.stringify(result)}\n`);
