/**
 * Prints the bare closing line CI reads, `N passed, N failed` (with `, N skipped` when any), as
 * the last thing the process writes. A test file that fails to load counts as one failure.
 * Before it, one line per engine says how long that engine ran and its slowest test files, so a
 * run that nears CI's 20 minutes shows where the time went.
 */
export function summaryLineReporter() {
  let counts = { passed: 0, failed: 0, skipped: 0 };
  /** Per engine: when its first file started, when its last ended, and each file's seconds. */
  const timings = new Map();

  const countSuite = (suite) => {
    for (const test of suite.tests) {
      if (test.skipped) counts.skipped += 1;
      else if (test.passed) counts.passed += 1;
      else counts.failed += 1;
    }
    suite.suites.forEach(countSuite);
  };

  // The runner starts its first files before the reporters: those count from the run's start.
  const timeSessions = (sessions, runStart) => {
    const started = new Map();
    sessions.on('session-status-updated', (session) => {
      const now = Date.now();
      if (session.status === 'SCHEDULED') return;
      if (!started.has(session.id)) started.set(session.id, session.status === 'INITIALIZING' ? now : runStart);
      const engine = timings.get(session.browser.name) ?? { first: started.get(session.id), last: now, files: [] };
      timings.set(session.browser.name, engine);
      if (session.status === 'FINISHED') {
        engine.last = now;
        engine.files.push({ file: session.testFile, seconds: (now - started.get(session.id)) / 1000 });
        started.delete(session.id);
      }
    });
  };

  process.once('exit', () => {
    for (const [name, { first, last, files }] of timings) {
      const slowest = [...files].sort((a, b) => b.seconds - a.seconds).slice(0, 3);
      const list = slowest.map(({ file, seconds }) => `${file.replace(/^.*\/test\//, '')} ${seconds.toFixed(0)} s`).join(', ');
      process.stdout.write(`${name}: ${((last - first) / 1000).toFixed(0)} s for ${files.length} files; slowest ${list}\n`);
    }
    const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
    process.stdout.write(`${counts.passed} passed, ${counts.failed} failed${skipped}\n`);
  });

  return {
    start({ sessions, startTime }) {
      timeSessions(sessions, startTime);
    },
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
