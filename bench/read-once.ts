// Run by `npm run bench` in a process of its own: reads an article file `runs` times, readArticle → parseArticle,
// as the first step of a build does, and prints each read's wall and CPU time and the blocks it gave, as JSON.
// Its own process, because a build reads in a fresh one: in the bench's process, whose heap holds everything the
// bench measured before, the same read spends more of its time in the garbage collector.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../scripts/parse/parse-article.ts';
import { readArticle } from '../scripts/read/read-article.ts';

export interface ReadTimings {
  blocks: number;
  seconds: number[];
  cpuSeconds: number[];
}

const [file, runs = '1'] = process.argv.slice(2);
if (!file) throw new Error('usage: read-once.ts <article file> [runs]');
const bytes = readFileSync(file);
const noFiles = { read: () => undefined };
const timings: ReadTimings = { blocks: 0, seconds: [], cpuSeconds: [] };
for (let run = 0; run < Number(runs); run++) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  timings.blocks = parseArticle(await readArticle(path.basename(file), bytes, noFiles)).blocks.length;
  timings.seconds.push((performance.now() - started) / 1000);
  const used = process.cpuUsage(cpu);
  timings.cpuSeconds.push((used.user + used.system) / 1e6);
}
process.stdout.write(JSON.stringify(timings));
