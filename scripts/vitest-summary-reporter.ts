// Prints one plain closing line, `vitest: N passed, N failed, N skipped`, after everything else
// (the coverage table included), so that CI can read the counts.
import type { Reporter, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    for (const mod of testModules) {
      const tests = [...mod.children.allTests()];
      if (tests.length === 0 && mod.state() === "failed") this.failed++;
      for (const t of tests) {
        const state = t.result().state;
        if (state === "passed") this.passed++;
        else if (state === "failed") this.failed++;
        else this.skipped++;
      }
    }
    process.once("exit", (code) => {
      // A run whose tests all passed can still fail (coverage thresholds, type errors outside
      // test files): count that as one failed check, so the line never reads "0 failed" on a
      // failing run.
      let failed = this.failed;
      if (failed === 0 && code !== 0) {
        process.stdout.write("vitest: the run failed outside the tests (coverage thresholds or type errors)\n");
        failed = 1;
      }
      process.stdout.write(`vitest: ${this.passed} passed, ${failed} failed, ${this.skipped} skipped\n`);
    });
  }
}
