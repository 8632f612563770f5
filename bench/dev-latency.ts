// From saving content/outline.yaml to `npm run dev` serving the changed page: the bench runs the dev server
// in a project copy, saves the outline as editors do (write a temporary file, rename it over the outline),
// and polls the page over HTTP on localhost until it shows the edit.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startDevServer } from '../tests/build/dev-server.ts';
import { median } from './stats.ts';

export interface DevLatency {
  edits: number;
  /** Milliseconds from the rename to the first response that shows the edit. */
  medianMs: number;
  maxMs: number;
  /** Of which the pipeline (read → … → topics written), as `npm run dev` reports it. */
  medianPipelineMs: number;
  perEditMs: number[];
}

const summary = 'Being steady and consistent helps an avoidant partner learn to trust.';

/** Edits the summary of "2. Be reliable" `edits` times and times each until /be-reliable/ serves it. */
export async function measureDevEdits(root: string, edits: number): Promise<DevLatency> {
  const server = await startDevServer(root, {}, 120_000);
  try {
    const page = new URL('be-reliable/', server.url).href;
    const read = async () => (await fetch(page)).text();
    await read(); // the first request compiles the page: a writer has it open before editing
    const outline = path.join(root, 'content/outline.yaml');
    const original = readFileSync(outline, 'utf8');
    const perEditMs: number[] = [];
    const pipelineMs: number[] = [];
    for (let edit = 0; edit < edits; edit++) {
      const marker = `Steadiness builds trust, edit ${edit + 1}.`;
      const reported = server.output().length;
      writeFileSync(`${outline}.tmp`, original.replace(summary, marker));
      const saved = performance.now();
      renameSync(`${outline}.tmp`, outline);
      while (!(await read()).includes(marker)) {
        if (performance.now() - saved > 30_000) throw new Error(`the edit did not show within 30 s:\n${server.output()}`);
        await sleep(2);
      }
      perEditMs.push(performance.now() - saved);
      const pipeline = /unfold: \d+ topics, .*\((\d+) ms\)/.exec(server.output().slice(reported));
      if (pipeline) pipelineMs.push(Number(pipeline[1]));
      await sleep(300); // a writer's next save is not in the same burst
    }
    writeFileSync(outline, original);
    return { edits, medianMs: median(perEditMs), maxMs: Math.max(...perEditMs), medianPipelineMs: pipelineMs.length > 0 ? median(pipelineMs) : NaN, perEditMs };
  } finally {
    await server.stop();
  }
}
