/**
 * `npm test`: every test — engine, library, docx, word host, state, components, CLI, manifest, and the
 * end-to-end browser tests — then one plain summary line `tests: N passed, N failed, N skipped`.
 *
 * The browser tests need the built workbench and Debian's Chromium (/usr/bin/chromium or $CHROMIUM).
 * Without Chromium they are reported as skipped with the reason, never passed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

const chromium = process.env.CHROMIUM ?? "/usr/bin/chromium";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const extra = process.argv.slice(2);
const E2E_DEPLOY_URL = "https://contracts.example.test/review/";

if (existsSync(chromium) && process.env.SKIP_BUILD !== "1") {
  console.log("Building the workbench for the end-to-end tests…");
  // The production build as an administrator makes it (docs/admin.md): tests/e2e/dist.test.ts checks
  // that its manifest points at this host.
  const build = spawnSync(
    npx,
    ["webpack", "--mode", "production", "--env", `url=${E2E_DEPLOY_URL}`],
    {
      stdio: ["ignore", "ignore", "inherit"],
    }
  );
  if (build.status !== 0) {
    console.error("The build failed; see above.");
    console.log("tests: 0 passed, 1 failed");
    process.exit(1);
  }
} else if (!existsSync(chromium)) {
  console.log(
    `Chromium not found at ${chromium}: the end-to-end tests will be skipped (apt-get install -y chromium).`
  );
}

mkdirSync(".test-results", { recursive: true });
const results = ".test-results/jest.json";
const jest = spawnSync(npx, ["jest", "--json", `--outputFile=${results}`, ...extra], {
  stdio: "inherit",
});

let summary = "tests: 0 passed, 1 failed";
if (existsSync(results)) {
  const r = JSON.parse(readFileSync(results, "utf8"));
  // A suite that fails to load (syntax error, missing module) has no test results: count it as failed.
  const brokenSuites = r.testResults.filter(
    (s) => s.status === "failed" && s.assertionResults.length === 0
  ).length;
  summary = `tests: ${r.numPassedTests} passed, ${r.numFailedTests + brokenSuites} failed, ${r.numPendingTests + r.numTodoTests} skipped`;
}
console.log(summary);
process.exit(jest.status ?? 1);
