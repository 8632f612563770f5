import type { SerializedError } from 'vitest';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with the plain line `N passed, N failed` (and `, N skipped` when any were), which CI
 * reads to tell a run that tested something from one that tested nothing. A test that never ran because
 * its file or suite failed to set up (a `beforeAll` that threw) counts as failed, not skipped, and so
 * does an error thrown outside any test: the line must never read "0 failed" for a broken run.
 */
export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const counts = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
    for (const testModule of testModules) {
      const brokenSetup = testModule.state() === 'failed';
      for (const testCase of testModule.children.allTests()) {
        const { state } = testCase.result();
        const meantToSkip = testCase.options.mode === 'skip' || testCase.options.mode === 'todo';
        if (state === 'passed') counts.passed++;
        else if (state === 'failed' || (brokenSetup && !meantToSkip)) counts.failed++;
        else counts.skipped++;
      }
      // A file that failed before declaring any test (an import that threw) has no test to count.
      if (brokenSetup && testModule.children.allTests().next().done) counts.failed++;
    }
    const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
    process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed${skipped}\n`);
  }
}
