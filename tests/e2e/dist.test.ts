/**
 * The built dist/ as an administrator publishes it (npm test builds it with
 * --env url=https://contracts.example.test/review/, scripts/test.mjs): the manifest points at that host,
 * no source maps, no test fixtures, and the task pane's CSP allows only its own origin and Office.js.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const built = existsSync("dist/manifest.xml");
const describeBuilt = built ? describe : describe.skip;
if (!built) console.warn("[dist] skipped: dist/manifest.xml not built (npm test builds it)");

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]
  );

describeBuilt("dist/ for deployment", () => {
  it("has a manifest whose every URL is the deployment host", () => {
    const manifest = readFileSync("dist/manifest.xml", "utf8");
    const own = [...manifest.matchAll(/https?:\/\/[^"<\s]+/g)]
      .map((m) => m[0])
      .filter((u) => !/^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//.test(u));
    expect(own.length).toBeGreaterThan(8);
    for (const url of own) expect(url).toMatch(/^https:\/\/contracts\.example\.test(\/review\/|$)/);
    const version = JSON.parse(readFileSync("package.json", "utf8")).version;
    expect(manifest).toContain(`<Version>${version}.0</Version>`);
  });

  it("holds no source maps and no test fixtures", () => {
    const all = files("dist");
    expect(all.filter((f) => f.endsWith(".map"))).toEqual([]);
    for (const f of all.filter((f) => /\.(js|html)$/.test(f))) {
      const text = readFileSync(f, "utf8");
      expect(text).not.toContain("sourceMappingURL");
      expect(text).not.toContain("tests/fixtures");
    }
  });

  it("lets the task pane load scripts only from itself and Office.js", () => {
    const html = readFileSync("dist/taskpane.html", "utf8");
    const csp = html.match(/Content-Security-Policy"?\s+content="([^"]+)"/)![1];
    const directives = Object.fromEntries(
      csp
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v])
    );
    expect(directives["default-src"]).toEqual(["'self'"]);
    expect(directives["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives["connect-src"]).toEqual(["'self'"]);
  });
});
