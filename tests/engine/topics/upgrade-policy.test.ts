import { readFileSync } from "node:fs";
import { readDraft } from "../../../src/docx";
import { upgradePolicy } from "../../../src/engine/topics/upgradePolicy";
import { upgradePolicy as wording } from "../../../src/library/topics/upgradePolicy";
import { judge } from "../topicHarness";

const run = (...lines: string[]) => judge(upgradePolicy, wording, lines);
const sample = (file: string) =>
  judge(
    upgradePolicy,
    wording,
    readDraft(readFileSync(`src/workbench/samples/${file}`, "utf8"), file)
  );

describe("upgrade-policy", () => {
  it("flags free upgrades subject to the vendor's upgrade policy (English)", () => {
    const t = run(
      "7.2 Customer is entitled to lifetime free upgrades to new versions of the Service during the Subscription Term, subject to the upgrade policy set out in Vendor's official announcements as published from time to time."
    );
    expect(t.verdict).toBe("deviates");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["qualified-upgrades", "high"]);
    expect(f.values.upgradeQualifier).toEqual({
      value: true,
      text: "subject to the upgrade policy set out in Vendor's official announcements",
    });
    expect(f.message).toBe(
      '"Free upgrades" are subject to the vendor\'s announcements, upgrade policy or discretion, so the promise can be withdrawn unilaterally; playbook: all updates and new versions included during the term at no extra charge, changeable only by a signed written amendment.'
    );
  });

  it("flags 终身免费升级 以官方公告为准, and a qualifier in the sentence after the promise (Chinese)", () => {
    const t = run("7.2 乙方为甲方提供终身免费升级服务，具体升级政策以乙方官方公告为准。");
    const [f] = t.findings;
    expect([f.reason.code, f.severity]).toEqual(["qualified-upgrades", "high"]);
    expect(f.values.upgradeQualifier.text).toBe("以乙方官方公告为准");
    expect(f.message).toBe(
      "“免费升级”以供应商的官方公告、升级政策或自行决定为准，承诺可被单方掏空；审查标准：服务期内所有更新和新版本均免费提供，任何变更须经双方书面签署补充协议。"
    );
    const trad = run(
      "10.1 訂閱期間內，甲方享有免費升級之權利；惟升級之範圍、時程及方式，以乙方官方公告為準。"
    );
    expect(trad.findings.map((f) => f.reason.code)).toEqual(["qualified-upgrades"]);
  });

  it("flags major versions charged separately in both languages", () => {
    const en = run(
      "7.1 Major version upgrades are not included in the Subscription Fees and will be charged separately."
    );
    expect(
      en.findings.map((f) => [f.reason.code, f.severity, f.values.upgradesCharged.text])
    ).toEqual([["paid-upgrades", "high", "not included"]]);
    expect(en.findings[0].message).toBe(
      "Upgrades or major versions are charged separately; playbook: all updates and new versions, major ones included, are covered by the fees during the term at no extra charge."
    );
    const zh = run("第七條 乙方提供免費的小版本更新，但大版本升級需另行收費。");
    expect(zh.findings.map((f) => [f.reason.code, f.values.upgradesCharged.text])).toEqual([
      ["paid-upgrades", "另行收費"],
    ]);
    expect(zh.findings[0].message).toBe(
      "升级或大版本需另行收费；审查标准：服务期内所有更新和新版本（含大版本）均包含在已付费用内，不另行收费。"
    );
  });

  it("meets all updates and new versions at no extra charge, also when negated in Chinese", () => {
    expect(
      run(
        "7.1 Customer is entitled to all updates, upgrades and new versions released during the Term at no additional charge."
      ).verdict
    ).toBe("meets");
    expect(run("第七条 服务期内乙方免费提供所有升级和新版本，不另行收取任何费用。").verdict).toBe(
      "meets"
    );
    expect(run("第七條 服務期內乙方免費提供所有版本更新及升級，不另行收費。").verdict).toBe(
      "meets"
    );
  });

  it("does not treat release timing or adaptation work as a charge for the upgrade itself", () => {
    const t = run(
      "## 7. Updates and Upgrades",
      "7.3 Vendor determines the content and timing of all releases in its sole discretion. Work required to adapt Configurations to a new release is charged as a change request."
    );
    expect(t.verdict).toBe("meets");
  });

  it("is missing when nothing speaks of upgrades", () => {
    const t = run("1. The Vendor provides CRM software.");
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("high");
    expect(t.suggestion).toMatch(/^During the Term, all updates, upgrades and new versions/);
  });

  it("is not addressed by an edition upgrade purchase, release notices, a language version or a definition", () => {
    const t = run(
      "2.3 Customer may upgrade to a higher Edition by executing an additional Order Form.",
      "19.3 Vendor may provide operational notices, including notices of maintenance and new releases, by e-mail.",
      "21.8 The English version prevails.",
      "1.3 “订阅服务”或“本服务”：指乙方提供的软件使用权，以及托管、运行维护和版本升级等服务。"
    );
    expect(t.verdict).toBe("missing");
  });

  it("finds the qualified lifetime free upgrades in both bundled drafts", () => {
    const en = sample("vendor-crm-en.draft.md");
    expect(en.findings.map((f) => f.reason.code)).toEqual(["qualified-upgrades"]);
    expect(en.findings[0].anchor.quote).toMatch(/^Customer is entitled to lifetime free upgrades/);
    const zh = sample("vendor-saas-zh.draft.md");
    expect(zh.findings.map((f) => [f.reason.code, f.values.upgradeQualifier.text])).toEqual([
      ["qualified-upgrades", "以乙方官方公告为准"],
    ]);
  });
});
