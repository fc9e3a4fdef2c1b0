/** support-response: severity levels in a support table. */
import { supportResponse as rule } from "../../../src/engine/topics/supportResponse";
import { supportResponse as wording } from "../../../src/library/topics/supportResponse";
import { judge } from "../topicHarness";

describe("support-response", () => {
  it("takes a row's level from its label, not from words in its definition", () => {
    const t = judge(rule, wording, [
      "Severity | Definition | Response time | Resolution target",
      "P1 | Major data incident or system down | Within 1 hour | Within 4 hours",
      "P2 | A critical function cannot be used | Within 4 hours | Within 24 hours",
      "P3 | General question | Within 24 hours | Within 3 business days",
    ]);
    expect(t.verdict).toBe("meets");
    const zh = judge(rule, wording, [
      "等级 | 定义 | 响应时间 | 解决时限",
      "P2级 | 紧急业务受影响，关键功能无法使用 | 4小时内 | 24小时内",
    ]);
    expect(zh.verdict).toBe("meets");
  });

  it("still reads a level from its words when the row has no label", () => {
    const t = judge(rule, wording, [
      "Issue | Response time",
      "Critical: system down | Within 4 hours",
    ]);
    expect(t.findings.map((f) => [f.reason.params.level, f.reason.params.hours])).toEqual([
      ["P1", 4],
    ]);
  });
});
