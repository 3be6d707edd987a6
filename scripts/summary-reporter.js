// Ends the run with one clean line: "N passed, N failed, N skipped".
const FINISHED = 'FINISHED';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

function hasFailedTest(suite) {
  return (
    (suite?.tests ?? []).some((t) => !t.passed && !t.skipped) ||
    (suite?.suites ?? []).some(hasFailedTest)
  );
}

export function summaryReporter() {
  return {
    getTestProgress({ sessions }) {
      const all = [...sessions];
      if (all.length === 0 || all.some((s) => s.status !== FINISHED)) return [];
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of all) {
        count(session.testResults, totals);
        // An error outside any test (a file that failed to load, a forbidden .only) is a failure too.
        totals.failed += session.errors?.length ?? 0;
        if (!session.passed && !session.errors?.length && !hasFailedTest(session.testResults)) {
          totals.failed += 1;
        }
      }
      return [`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`];
    },
  };
}
