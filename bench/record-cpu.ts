// Preloaded into a build by the bench (NODE_OPTIONS=--import): writes the process's user and system CPU
// seconds to $BENCH_CPU_FILE when it exits. CPU time is less sensitive than wall time to other work on the machine.
import { writeFileSync } from 'node:fs';

const file = process.env['BENCH_CPU_FILE'];
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, maxRssBytes: usage.maxRSS * 1024 }));
  });
}
