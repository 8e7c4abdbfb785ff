// Reads the JSON reports of Vitest and Playwright into passed/failed counts.

/** @param {any} report Vitest's JSON report */
export function countVitest(report) {
  if (!report) return { passed: 0, failed: 0 };
  return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0) };
}

/** @param {any} report Playwright's JSON report */
export function countPlaywright(report) {
  if (!report?.stats) return { passed: 0, failed: 0 };
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
  return { passed: expected + flaky, failed: unexpected + (report.errors?.length ?? 0) };
}
