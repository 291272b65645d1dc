/**
 * Prints the bare closing line CI reads, `N passed, N failed` (with `, N skipped` when any), as
 * the last thing the process writes. A test file that fails to load counts as one failure.
 */
export function summaryLineReporter() {
  let counts = { passed: 0, failed: 0, skipped: 0 };

  const countSuite = (suite) => {
    for (const test of suite.tests) {
      if (test.skipped) counts.skipped += 1;
      else if (test.passed) counts.passed += 1;
      else counts.failed += 1;
    }
    suite.suites.forEach(countSuite);
  };

  process.once('exit', () => {
    const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
    process.stdout.write(`${counts.passed} passed, ${counts.failed} failed${skipped}\n`);
  });

  return {
    onTestRunFinished({ sessions }) {
      counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults);
        // Errors outside any test (a file that does not load, an uncaught error) fail the file.
        if (session.errors.length > 0 || (!session.testResults && session.passed === false)) counts.failed += 1;
      }
    },
  };
}
