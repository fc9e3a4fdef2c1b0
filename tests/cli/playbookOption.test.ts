/** `--playbook <file>`: the firm's playbook file works on the command line, and a bad one is explained. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";

function run(argv: string[]) {
  let out = "";
  let err = "";
  const code = main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "playbook-"));
const contract = join(dir, "contract.txt");
writeFileSync(
  contract,
  "1. This Agreement renews automatically for one year unless either party gives written notice at least ninety (90) days before the end of the term.\n"
);

describe("review --playbook", () => {
  it("judges with the firm's positions: a 120-day notice cap makes a 90-day notice acceptable", () => {
    const firm = join(dir, "firm.json");
    writeFileSync(
      firm,
      JSON.stringify({
        version: 1,
        name: "Firm playbook",
        topics: [{ id: "term-renewal", position: { maxCancellationNoticeDays: 120 } }],
      })
    );
    const bundled = JSON.parse(run([contract, "--format", "json"]).out);
    const withFirm = run([contract, "--format", "json", "--playbook", firm]);
    expect(withFirm.code).toBe(0);
    // The JSON report gives each finding's reason code as `reason`.
    const codes = (report: { topics: { topic: string; findings: { reason: string }[] }[] }) =>
      report.topics.find((t) => t.topic === "term-renewal")!.findings.map((f) => f.reason);
    expect(codes(bundled)).toContain("notice-too-long");
    expect(codes(JSON.parse(withFirm.out))).not.toContain("notice-too-long");
  });

  it("refuses a broken file with each problem and its place, exit 1", () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ version: 1, topics: [{ id: "no-such-topic" }] }));
    const result = run([contract, "--playbook", bad]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/bad\.json: not a usable playbook/);
    expect(result.err).toMatch(/no-such-topic/);
    const notJson = join(dir, "broken.json");
    writeFileSync(notJson, "{ version: 1,");
    expect(run([contract, "--playbook", notJson]).code).toBe(1);
    expect(run([contract, "--playbook"]).code).toBe(2);
  });
});
