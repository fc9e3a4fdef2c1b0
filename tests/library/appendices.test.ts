/**
 * The two appendices as data: defaults, rendering, validation — and the key test, that the add-in's
 * own review finds nothing to object to in the appendices it inserts, and reads the numbers they state.
 */
import { readdirSync, readFileSync } from "node:fs";
import { readDraft } from "../../src/docx";
import type { DocumentFragment } from "../../src/engine/fragment";
import { review } from "../../src/engine/review";
import type { DocumentSnapshot } from "../../src/engine/snapshot";
import type { Language, Playbook, PlaybookTopic, ReviewReport } from "../../src/engine/types";
import {
  APPENDIX_TAGS,
  appendixForTopic,
  defaultPlaybook,
  defaultScopeForm,
  defaultSlaForm,
  FIELD_ERROR_CODES,
  fieldErrorMessage,
  libraryWording,
  newRowId,
  renderAppendix,
  validateAppendix,
  type AppendixForm,
  type FieldError,
  type ScopeForm,
  type SlaForm,
} from "../../src/library";
import { snapshotOf } from "../engine/topicHarness";
import { appendFragments } from "./appendixSnapshot";

const LANGUAGES: Language[] = ["zh", "en"];
/** The topics the appendices answer (PLAYBOOK.md), which must find nothing in them. */
const APPENDIX_TOPICS = [
  "functional-scope",
  "hidden-fees",
  "support-response",
  "availability-sla",
  "performance",
];

const both = (language: Language, scope?: ScopeForm, sla?: SlaForm) => [
  renderAppendix(scope ?? defaultScopeForm(language), language),
  renderAppendix(sla ?? defaultSlaForm(language), language),
];

const reviewed = (snapshot: DocumentSnapshot, playbook: Playbook = defaultPlaybook) =>
  review(snapshot, playbook, libraryWording);

const topicOf = (report: ReviewReport, id: string) => report.topics.find((t) => t.topic === id)!;

/** "topic code: quote" of every finding anchored at or after paragraph `from`. */
function findingsFrom(report: ReviewReport, from: number, topics = APPENDIX_TOPICS): string[] {
  return report.topics
    .filter((t) => topics.includes(t.topic))
    .flatMap((t) => t.findings)
    .filter((f) => f.anchor.paragraph >= from)
    .map((f) => `${f.topic} ${f.reason.code}: ${f.anchor.quote}`);
}

const cells = (fragment: DocumentFragment) =>
  fragment.blocks.flatMap((b) => (b.kind === "table" ? b.rows.flat() : []));

const SHORT_CONTRACTS: Record<Language, string[]> = {
  en: [
    "## CRM Subscription Agreement",
    "1. The Customer subscribes to the Vendor's CRM service for a fixed term of one year from the Effective Date.",
    "2. The Customer pays the fees quarterly in advance, within 30 days of receiving each invoice.",
    "3. The Customer may terminate this Agreement for convenience on 60 days' written notice, without any termination fee.",
    "4. This Agreement is governed by the laws of the People's Republic of China.",
    "5. The appendices below form part of this Agreement.",
  ],
  zh: [
    "## CRM系统订阅服务协议",
    "第一条 甲方向乙方订购CRM云服务，服务期限为一年，自本协议生效之日起计算。",
    "第二条 甲方按季度预付服务费，于收到乙方发票后30日内支付。",
    "第三条 甲方可提前60日书面通知乙方解除本协议，无需支付任何违约金或解约费用。",
    "第四条 本协议适用中华人民共和国法律。",
    "第五条 以下附件为本协议不可分割的组成部分。",
  ],
};

describe("inserted appendices, reviewed by the add-in's own engine", () => {
  const dir = "tests/fixtures/contracts";
  const drafts = readdirSync(dir)
    .filter((f) => f.endsWith(".draft.md"))
    .sort();

  it.each(drafts)("%s + both default appendices: nothing found in the appendices", (file) => {
    const language: Language = file.startsWith("zh") ? "zh" : "en";
    const draft = readDraft(readFileSync(`${dir}/${file}`, "utf8"), file);
    const snapshot = appendFragments(draft, ...both(language));
    const report = reviewed(snapshot);
    expect(report.language).toBe(language);
    expect(findingsFrom(report, draft.paragraphs.length)).toEqual([]);
  });

  it.each(LANGUAGES)(
    "a short %s contract with both appendices meets the appendix topics",
    (lang) => {
      const contract = snapshotOf(SHORT_CONTRACTS[lang]);
      const report = reviewed(appendFragments(contract, ...both(lang)));
      expect(report.language).toBe(lang);
      const verdicts = Object.fromEntries(
        APPENDIX_TOPICS.map((id) => [id, topicOf(report, id).verdict])
      );
      expect(verdicts).toEqual({
        "functional-scope": "meets",
        "hidden-fees": "meets",
        "support-response": "meets",
        "availability-sla": "meets",
        performance: "meets",
      });
      // The appendices raise nothing under any other topic either.
      const all = defaultPlaybook.topics.map((t) => t.id);
      expect(findingsFrom(report, contract.paragraphs.length, all)).toEqual([]);
    }
  );

  it.each(LANGUAGES)("the short %s contract alone lacks what the appendices supply", (lang) => {
    const report = reviewed(snapshotOf(SHORT_CONTRACTS[lang]));
    for (const id of ["functional-scope", "support-response", "availability-sla", "performance"]) {
      expect({ id, verdict: topicOf(report, id).verdict }).toEqual({ id, verdict: "missing" });
    }
  });
});

describe("the numbers chosen in the form", () => {
  const sla = (lang: Language, edit: (form: SlaForm) => void) => {
    const form = defaultSlaForm(lang);
    edit(form);
    return form;
  };
  const custom = (form: SlaForm) => {
    form.availability = 99.95;
    form.credits[0].below = 99.95;
    form.severities[0].responseHours = 2;
    form.performance[0].target = 2;
  };

  it.each(LANGUAGES)(
    "appear in the %s tables and stay clean when they meet the playbook",
    (lang) => {
      const form = sla(lang, custom);
      const fragment = renderAppendix(form, lang);
      const all = cells(fragment);
      expect(all).toContain(lang === "zh" ? "低于99.95%" : "Below 99.95%");
      expect(all).toContain(lang === "zh" ? "2小时内" : "Within 2 hours");
      expect(all).toContain(lang === "zh" ? "不超过2秒" : "At most 2 seconds");
      const text = fragment.blocks.map((b) => (b.kind === "table" ? "" : b.text)).join("\n");
      expect(text).toContain(
        lang === "zh" ? "每月可用性不低于99.95%" : "availability of at least 99.95%"
      );

      // A playbook that accepts a 2-hour P1 response: the engine reads the table, all four meet.
      const playbook: Playbook = {
        ...defaultPlaybook,
        topics: defaultPlaybook.topics.map((t) =>
          t.id === "support-response"
            ? { ...t, position: { ...t.position, maxP1ResponseHours: 2 } }
            : t
        ),
      };
      const contract = snapshotOf(SHORT_CONTRACTS[lang]);
      const report = reviewed(appendFragments(contract, ...both(lang, undefined, form)), playbook);
      for (const id of ["support-response", "availability-sla", "performance"]) {
        expect({ id, verdict: topicOf(report, id).verdict }).toEqual({ id, verdict: "meets" });
      }
    }
  );

  it.each(LANGUAGES)("are read by the review when they fall short (%s)", (lang) => {
    const form = sla(lang, (f) => {
      f.availability = 99.5;
      f.credits = [
        { id: "c1", below: 99.5, creditPercent: 10 },
        { id: "c2", below: 99, creditPercent: 25 },
        { id: "c3", below: 98, creditPercent: 50 },
      ];
      f.severities[0].responseHours = 2;
      f.performance[0].target = 4;
    });
    expect(validateAppendix(form)).toEqual([]); // well-formed, just below the playbook
    const contract = snapshotOf(SHORT_CONTRACTS[lang]);
    const snapshot = appendFragments(contract, ...both(lang, undefined, form));
    const report = reviewed(snapshot);
    const from = contract.paragraphs.length;

    const availability = topicOf(report, "availability-sla");
    expect(availability.verdict).toBe("deviates");
    expect(availability.findings.map((f) => f.reason.code)).toEqual(["availability-low"]);
    expect(availability.findings[0].values.availabilityPercent.value).toBe(99.5);
    expect(availability.findings[0].anchor.paragraph).toBeGreaterThanOrEqual(from);

    const support = topicOf(report, "support-response");
    expect(support.verdict).toBe("deviates");
    expect(support.findings.map((f) => [f.reason.code, f.values.p1ResponseHours?.value])).toEqual([
      ["response-too-slow", 2],
    ]);
    expect(snapshot.paragraphs[support.findings[0].anchor.paragraph].table).toBeDefined();

    const performance = topicOf(report, "performance");
    expect(performance.verdict).toBe("deviates");
    expect(performance.findings.map((f) => f.values.pageLoadSeconds?.value)).toEqual([4]);
  });

  it.each(LANGUAGES)("prices extra-cost features and dates the phases (%s)", (lang) => {
    const form = defaultScopeForm(lang);
    form.features[3] = { ...form.features[3], included: false, extraFee: 20000 };
    form.features[9] = { ...form.features[9], selected: false };
    form.phases = form.phases.map((p, i) => ({
      ...p,
      plannedDate: `2025-0${i + 3}-${i === 0 ? "01" : "30"}`,
    }));
    expect(validateAppendix(form)).toEqual([]);
    const fragment = renderAppendix(form, lang);
    const [features, schedule] = fragment.blocks.filter((b) => b.kind === "table");
    if (features.kind !== "table" || schedule.kind !== "table") throw new Error("no tables");
    expect(features.rows).toHaveLength(13); // the unticked mobile app is left out
    expect(features.rows.map((r) => r[0])).toEqual(features.rows.map((_, i) => String(i + 1)));
    expect(features.rows[3].slice(3, 5)).toEqual(
      lang === "zh" ? ["否", "人民币20,000元"] : ["No", "CNY 20,000"]
    );
    expect(schedule.rows[0][2]).toBe(lang === "zh" ? "2025年3月1日" : "1 March 2025");
    const lead = fragment.blocks[1];
    expect(lead.kind === "paragraph" && lead.text).toMatch(
      lang === "zh" ? /标明“否”的功能除外/ : /except those marked “No”/
    );

    const contract = snapshotOf(SHORT_CONTRACTS[lang]);
    const report = reviewed(appendFragments(contract, ...both(lang, form)));
    expect(findingsFrom(report, contract.paragraphs.length)).toEqual([]);
    expect(topicOf(report, "hidden-fees").verdict).toBe("meets");
  });

  it.each(LANGUAGES)("words the other choices of the form (%s)", (lang) => {
    const form = sla(lang, (f) => {
      f.maintenance = { hoursPerMonth: 0, noticeHours: 0, outsideBusinessHours: false };
      f.terminationAfterMonths = 1;
      f.severities[0].responseHours = 0.5;
      f.monthlyReport = false;
    });
    const fragment = renderAppendix(form, lang);
    const text = fragment.blocks.map((b) => (b.kind === "table" ? b.rows.flat() : [b.text])).flat();
    const joined = text.join("\n");
    expect(text).toContain(lang === "zh" ? "30分钟内" : "Within 30 minutes");
    expect(joined).toMatch(lang === "zh" ? /不设计划内维护停机时间/ : /no scheduled maintenance/);
    expect(joined).toMatch(
      lang === "zh" ? /任一自然月可用性低于99\.9%的/ : /in any calendar month/
    );
    expect(joined).not.toMatch(lang === "zh" ? /服务报告/ : /service report/);

    const contract = snapshotOf(SHORT_CONTRACTS[lang]);
    const report = reviewed(appendFragments(contract, ...both(lang, undefined, form)));
    expect(findingsFrom(report, contract.paragraphs.length)).toEqual([]);
  });
});

describe("rendering", () => {
  it("heads each appendix with its number, in Chinese numerals in Chinese", () => {
    const scope = renderAppendix(defaultScopeForm("zh"), "zh");
    expect(scope.blocks[0]).toEqual({ kind: "heading", level: 1, text: "附件一：功能清单" });
    expect(scope.title).toBe("附件一：功能清单");
    expect(scope.tag).toBe("clauseReview.appendix.scope");
    const sla = renderAppendix(defaultSlaForm("en"), "en");
    expect(sla.title).toBe("Appendix 2: Service Level Agreement (SLA)");
    expect(sla.tag).toBe("clauseReview.appendix.sla");
    const numbered = (n: number) => renderAppendix({ ...defaultSlaForm("zh"), number: n }, "zh");
    expect([10, 12, 20].map((n) => numbered(n).title)).toEqual([
      "附件十：服务等级协议（SLA）",
      "附件十二：服务等级协议（SLA）",
      "附件二十：服务等级协议（SLA）",
    ]);
    expect(renderAppendix({ ...defaultScopeForm("en"), number: 3 }, "en").title).toBe(
      "Appendix 3: Functional Scope"
    );
  });

  it.each(LANGUAGES)("follows APPENDICES.md's structure (%s)", (lang) => {
    const kinds = (f: DocumentFragment) => f.blocks.map((b) => b.kind).join(" ");
    const scope = renderAppendix(defaultScopeForm(lang), lang);
    expect(kinds(scope)).toBe("heading paragraph table paragraph table paragraph");
    const sla = renderAppendix(defaultSlaForm(lang), lang);
    expect(kinds(sla)).toBe(
      "heading paragraph paragraph table paragraph paragraph paragraph table paragraph table paragraph"
    );
    for (const block of [...scope.blocks, ...sla.blocks]) {
      if (block.kind !== "table") continue;
      expect(block.header.length).toBeGreaterThan(1);
      for (const row of block.rows) expect(row).toHaveLength(block.header.length);
      expect(block.rows.flat().every((c) => c.trim() !== "")).toBe(true);
    }
    const headers = [...scope.blocks, ...sla.blocks].flatMap((b) =>
      b.kind === "table" ? [b.header] : []
    );
    expect(headers).toEqual(
      lang === "zh"
        ? [
            ["序号", "模块", "功能说明", "是否包含在服务费内", "另付费用（如有）", "交付阶段"],
            ["阶段", "交付物", "计划日期", "验收标准"],
            ["月度可用性", "服务抵扣（占当月服务费的比例）"],
            ["等级", "定义", "响应时间", "解决或临时解决方案时限"],
            ["指标", "目标", "条件"],
          ]
        : [
            [
              "No.",
              "Module",
              "Feature / description",
              "Included in the fees",
              "Extra fee (if any)",
              "Delivery phase",
            ],
            ["Phase", "Deliverables", "Planned date", "Acceptance criteria"],
            ["Monthly availability", "Service credit (% of that month's fees)"],
            ["Severity", "Definition", "Response time", "Resolution / workaround target"],
            ["Metric", "Target", "Conditions"],
          ]
    );
  });

  it.each(LANGUAGES)("writes each language natively (%s)", (lang) => {
    const text = [defaultScopeForm(lang), defaultSlaForm(lang)]
      .flatMap((form) => renderAppendix(form, lang).blocks)
      .map((b) => (b.kind === "table" ? [...b.header, ...b.rows.flat()].join(" ") : b.text))
      .join("\n");
    if (lang === "zh") {
      expect(text).not.toMatch(/\b(?:the|and|of|shall)\b/i);
      for (const phrase of ["每月可用性不低于99.9%", "连续3个月", "提前72小时", "不超过4小时"])
        expect(text).toContain(phrase);
    } else {
      expect(text).not.toMatch(/[\u4e00-\u9fff]/);
      for (const phrase of [
        "monthly availability of at least 99.9%",
        "in 3 consecutive months",
        "at least 72 hours in advance",
        "no more than 4 hours in any month",
        "At the contracted number of concurrent users",
      ])
        expect(text).toContain(phrase);
    }
  });
});

describe("default forms", () => {
  it.each(LANGUAGES)("offer the 14 CRM modules and 6 phases, all ticked and included (%s)", (l) => {
    const form = defaultScopeForm(l);
    expect(form.features).toHaveLength(14);
    expect(form.phases).toHaveLength(6);
    expect(form.features.every((f) => f.selected && f.included && f.extraFee === null)).toBe(true);
    expect(form.features.map((f) => f.id)).toEqual(
      Array.from({ length: 14 }, (_, i) => `f${i + 1}`)
    );
    expect(form.phases.map((p) => p.id)).toEqual(["p1", "p2", "p3", "p4", "p5", "p6"]);
    const phases = new Set(form.phases.map((p) => p.phase));
    expect(form.features.every((f) => phases.has(f.phase))).toBe(true);
    expect(form.features[0].module).toBe(l === "zh" ? "线索管理" : "Lead management");
    expect(form.features[13].module).toBe(l === "zh" ? "审计日志" : "Audit log");
  });

  it("state APPENDICES.md's SLA defaults", () => {
    const form = defaultSlaForm("en");
    expect(form.availability).toBe(99.9);
    expect(form.maintenance).toEqual({
      hoursPerMonth: 4,
      noticeHours: 72,
      outsideBusinessHours: true,
    });
    expect(form.credits.map((c) => [c.id, c.below, c.creditPercent])).toEqual([
      ["c1", 99.9, 10],
      ["c2", 99.5, 25],
      ["c3", 99, 50],
    ]);
    expect(form.terminationAfterMonths).toBe(3);
    expect(
      form.severities.map((s) => [
        s.id,
        s.level,
        s.responseHours,
        s.resolution.value,
        s.resolution.unit,
      ])
    ).toEqual([
      ["s1", "P1", 1, 4, "hours"],
      ["s2", "P2", 4, 24, "hours"],
      ["s3", "P3", 24, 3, "business-days"],
    ]);
    expect(form.performance.map((m) => [m.id, m.target, m.unit])).toEqual([
      ["m1", 3, "seconds"],
      ["m2", 5, "seconds"],
      ["m3", 10, "minutes"],
    ]);
    expect(form.p1Hours).toBe("7×24");
    expect(form.monthlyReport).toBe(true);
  });

  it("prefill the numbers from the playbook's positions", () => {
    const playbook: Playbook = {
      ...defaultPlaybook,
      topics: defaultPlaybook.topics.map((t) => {
        const positions: Record<string, PlaybookTopic["position"]> = {
          "availability-sla": { minAvailabilityPercent: 99.95 },
          "support-response": {
            maxP1ResponseHours: 0.5,
            maxP2ResponseHours: 2,
            maxP3ResponseHours: 8,
          },
          performance: { maxPageLoadSeconds: 2, maxQuerySeconds: 4 },
          training: { minOnsiteSessions: 4, minSessionHours: 8 },
        };
        const position = positions[t.id];
        return position ? { ...t, position: { ...t.position, ...position } } : t;
      }),
    };
    const sla = defaultSlaForm("zh", playbook);
    expect(sla.availability).toBe(99.95);
    expect(sla.credits.map((c) => c.below)).toEqual([99.95, 99.9, 99.5]);
    expect(sla.severities.map((s) => s.responseHours)).toEqual([0.5, 2, 8]);
    expect(sla.performance.map((m) => m.target)).toEqual([2, 4, 10]);
    expect(validateAppendix(sla)).toEqual([]);
    const scope = defaultScopeForm("zh", playbook);
    expect(scope.phases[3].deliverables).toMatch(/^不少于4场、每场不少于8小时的现场培训/);

    // The prefilled appendix meets that firm's playbook.
    const contract = snapshotOf(SHORT_CONTRACTS.zh);
    const report = reviewed(appendFragments(contract, ...both("zh", scope, sla)), playbook);
    for (const id of APPENDIX_TOPICS) {
      expect({ id, verdict: topicOf(report, id).verdict }).toEqual({ id, verdict: "meets" });
    }
  });

  it("keep credit tiers below a lower playbook target", () => {
    const playbook: Playbook = {
      ...defaultPlaybook,
      topics: defaultPlaybook.topics.map((t) =>
        t.id === "availability-sla"
          ? { ...t, position: { ...t.position, minAvailabilityPercent: 99.5 } }
          : t
      ),
    };
    const form = defaultSlaForm("en", playbook);
    expect(form.credits.map((c) => c.below)).toEqual([99.5, 99, 98]);
    expect(validateAppendix(form)).toEqual([]);
  });

  it.each(LANGUAGES)("validate clean (%s)", (lang) => {
    expect(validateAppendix(defaultScopeForm(lang))).toEqual([]);
    expect(validateAppendix(defaultSlaForm(lang))).toEqual([]);
  });
});

describe("validateAppendix", () => {
  const scope = (edit: (form: ScopeForm) => void) => {
    const form = defaultScopeForm("en");
    edit(form);
    return validateAppendix(form);
  };
  const sla = (edit: (form: SlaForm) => void) => {
    const form = defaultSlaForm("en");
    edit(form);
    return validateAppendix(form);
  };
  const codes = (errors: FieldError[]) => errors.map((e) => `${e.path} ${e.code}`);

  it("appendix number: a whole number from 1 to 20", () => {
    expect(codes(sla((f) => (f.number = 0)))).toEqual(["number appendix-number-range"]);
    expect(codes(sla((f) => (f.number = 21)))).toEqual(["number appendix-number-range"]);
    expect(codes(scope((f) => (f.number = 1.5)))).toEqual(["number not-an-integer"]);
    expect(scope((f) => (f.number = 20))).toEqual([]);
  });

  it("every number must be a number", () => {
    expect(codes(sla((f) => (f.availability = NaN)))).toEqual(["availability not-a-number"]);
    expect(codes(sla((f) => (f.performance[1].target = Infinity)))).toEqual([
      "performance.1.target not-a-number",
    ]);
    expect(
      codes(scope((f) => (f.features[0] = { ...f.features[0], included: false, extraFee: NaN })))
    ).toEqual(["features.0.extraFee not-a-number"]);
  });

  it("availability: between 90 and 100 %", () => {
    const errors = sla((f) => (f.availability = 100.5));
    expect(errors).toEqual([
      { path: "availability", code: "availability-range", params: { min: 90, max: 100 } },
    ]);
    expect(codes(sla((f) => (f.availability = 89.9)))).toContain("availability availability-range");
    expect(sla((f) => (f.availability = 100))).toEqual([]);
    expect(
      sla((f) => {
        f.availability = 90;
        f.credits = [{ id: "c1", below: 90, creditPercent: 50 }];
      })
    ).toEqual([]);
  });

  it("times: response, resolution and performance targets above 0", () => {
    expect(codes(sla((f) => (f.severities[1].responseHours = 0)))).toEqual([
      "severities.1.responseHours time-not-positive",
    ]);
    expect(codes(sla((f) => (f.severities[2].resolution.value = -1)))).toEqual([
      "severities.2.resolution.value time-not-positive",
    ]);
    expect(codes(sla((f) => (f.performance[0].target = 0)))).toEqual([
      "performance.0.target time-not-positive",
    ]);
  });

  it("credit thresholds: strictly decreasing", () => {
    const errors = sla((f) => (f.credits[2].below = 99.5));
    expect(errors).toEqual([
      { path: "credits.2.below", code: "credit-threshold-order", params: { previous: 99.5 } },
    ]);
  });

  it("credit thresholds: not above the availability target, and above 0", () => {
    expect(codes(sla((f) => (f.credits[0].below = 99.95)))).toEqual([
      "credits.0.below credit-threshold-above-target",
    ]);
    expect(codes(sla((f) => (f.credits[2].below = 0)))).toEqual([
      "credits.2.below credit-threshold-range",
    ]);
  });

  it("credits: increasing, each between 0 and 100 %", () => {
    expect(codes(sla((f) => (f.credits[1].creditPercent = 10)))).toEqual([
      "credits.1.creditPercent credit-percent-order",
    ]);
    expect(codes(sla((f) => (f.credits[2].creditPercent = 120)))).toEqual([
      "credits.2.creditPercent credit-percent-range",
    ]);
    expect(codes(sla((f) => (f.credits = [])))).toEqual(["credits credits-required"]);
  });

  it("support: response no later than resolution, per level", () => {
    expect(codes(sla((f) => (f.severities[0].responseHours = 5)))).toContain(
      "severities.0.resolution.value response-after-resolution"
    );
    // 3 business days allow at least 72 hours: a 48-hour response is still before it.
    expect(sla((f) => (f.severities[2].responseHours = 48))).toEqual([]);
    expect(codes(sla((f) => (f.severities[2].responseHours = 80)))).toEqual([
      "severities.2.resolution.value response-after-resolution",
    ]);
  });

  it("support: P1 is the fastest level", () => {
    const errors = sla((f) => (f.severities[1].responseHours = 0.5));
    expect(errors).toEqual([
      { path: "severities.0.responseHours", code: "p1-not-fastest", params: { level: "P2" } },
    ]);
    const slowerResolution = (f: SlaForm) => {
      f.severities[1].responseHours = 2;
      f.severities[1].resolution.value = 3;
    };
    expect(codes(sla(slowerResolution))).toEqual(["severities.0.responseHours p1-not-fastest"]);
  });

  it("support: levels named once, at least one", () => {
    expect(codes(sla((f) => (f.severities[2].level = "p2")))).toEqual([
      "severities.2.level duplicate",
    ]);
    expect(codes(sla((f) => (f.severities = [])))).toEqual(["severities severities-required"]);
  });

  it("scope: at least one feature selected and one phase", () => {
    expect(codes(scope((f) => f.features.forEach((r) => (r.selected = false))))).toEqual([
      "features features-required",
    ]);
    expect(codes(scope((f) => (f.phases = [])))).toContain("phases phases-required");
  });

  it("extra fee: at least 0, stated only when the feature is not included", () => {
    const fee = (included: boolean, extraFee: number | null) =>
      codes(scope((f) => (f.features[2] = { ...f.features[2], included, extraFee })));
    expect(fee(false, -1)).toEqual(["features.2.extraFee fee-negative"]);
    expect(fee(true, 100)).toEqual(["features.2.extraFee fee-when-included"]);
    expect(fee(false, null)).toEqual(["features.2.extraFee fee-missing"]);
    expect(fee(false, 0)).toEqual([]);
    // An unticked row is not inserted, so it is not checked.
    expect(
      codes(
        scope(
          (f) =>
            (f.features[2] = { ...f.features[2], selected: false, included: true, extraFee: -5 })
        )
      )
    ).toEqual([]);
  });

  it("a selected feature's phase is one of the phases", () => {
    const errors = scope((f) => (f.features[4].phase = "Phase 9"));
    expect(errors).toEqual([
      { path: "features.4.phase", code: "phase-unknown", params: { phase: "Phase 9" } },
    ]);
    expect(codes(scope((f) => (f.phases[1].phase = f.phases[0].phase)))).toContain(
      "phases.1.phase duplicate"
    );
  });

  it("planned dates: valid ISO dates, in order", () => {
    expect(codes(scope((f) => (f.phases[0].plannedDate = "2025-02-30")))).toEqual([
      "phases.0.plannedDate date-invalid",
    ]);
    expect(codes(scope((f) => (f.phases[0].plannedDate = "30/06/2025")))).toEqual([
      "phases.0.plannedDate date-invalid",
    ]);
    const order = scope((f) => {
      f.phases[0].plannedDate = "2025-06-30";
      f.phases[2].plannedDate = "2025-05-31"; // the phase between is not dated yet
    });
    expect(order).toEqual([
      { path: "phases.2.plannedDate", code: "date-order", params: { previous: "2025-06-30" } },
    ]);
    expect(
      scope((f) => {
        f.phases[0].plannedDate = "2025-06-30";
        f.phases[1].plannedDate = "2025-06-30";
      })
    ).toEqual([]);
  });

  it("required text may not be empty", () => {
    expect(
      codes(
        scope((f) => {
          f.currency = " ";
          f.features[0].module = "";
          f.features[1].feature = "  ";
          f.phases[0].deliverables = "";
          f.phases[1].acceptance = "";
        })
      )
    ).toEqual([
      "currency required",
      "features.0.module required",
      "features.1.feature required",
      "phases.0.deliverables required",
      "phases.1.acceptance required",
    ]);
    expect(
      codes(
        sla((f) => {
          f.severities[0].definition = "";
          f.p1Hours = "";
          f.performance[0].metric = "";
          f.performance[0].conditions = "";
        })
      )
    ).toEqual([
      "severities.0.definition required",
      "p1Hours required",
      "performance.0.metric required",
      "performance.0.conditions required",
    ]);
  });

  it("maintenance: 0–744 hours a month, notice not negative", () => {
    expect(codes(sla((f) => (f.maintenance.hoursPerMonth = 745)))).toEqual([
      "maintenance.hoursPerMonth maintenance-hours-range",
    ]);
    expect(codes(sla((f) => (f.maintenance.hoursPerMonth = -1)))).toEqual([
      "maintenance.hoursPerMonth maintenance-hours-range",
    ]);
    expect(sla((f) => (f.maintenance.hoursPerMonth = 0))).toEqual([]);
    expect(codes(sla((f) => (f.maintenance.noticeHours = -24)))).toEqual([
      "maintenance.noticeHours notice-hours-negative",
    ]);
  });

  it("termination after at least 1 whole month", () => {
    expect(codes(sla((f) => (f.terminationAfterMonths = 0)))).toEqual([
      "terminationAfterMonths termination-months-min",
    ]);
    expect(codes(sla((f) => (f.terminationAfterMonths = 2.5)))).toEqual([
      "terminationAfterMonths not-an-integer",
    ]);
  });

  it("performance: at least one metric", () => {
    expect(codes(sla((f) => (f.performance = [])))).toEqual(["performance metrics-required"]);
  });
});

describe("fieldErrorMessage", () => {
  it("words every code in both languages, with its numbers", () => {
    const params = { min: 1, max: 2, previous: 3, target: 4, level: "P2", phase: "X", value: "Y" };
    for (const code of FIELD_ERROR_CODES) {
      const zh = fieldErrorMessage({ path: "x", code, params }, "zh");
      const en = fieldErrorMessage({ path: "x", code, params }, "en");
      expect({ code, zh: /[\u4e00-\u9fff]/.test(zh), en: /^[^\u4e00-\u9fff]+$/.test(en) }).toEqual({
        code,
        zh: true,
        en: true,
      });
      expect(`${zh} ${en}`).not.toMatch(/undefined|\$\{/);
    }
  });

  it("covers every code validateAppendix reports", () => {
    // The union type and the message table are checked together by the compiler; this guards the list.
    expect(new Set(FIELD_ERROR_CODES).size).toBe(FIELD_ERROR_CODES.length);
    expect(FIELD_ERROR_CODES).toEqual(
      expect.arrayContaining(["availability-range", "p1-not-fastest", "date-order", "fee-missing"])
    );
  });

  it("says the availability range plainly", () => {
    const error = validateAppendix({ ...defaultSlaForm("en"), availability: 100.5 })[0];
    expect(fieldErrorMessage(error, "en")).toBe("Availability must be between 90 and 100 %.");
    expect(fieldErrorMessage(error, "zh")).toBe("可用性须在 90% 至 100% 之间。");
  });
});

describe("tags, topics and row ids", () => {
  it("tags each appendix so a second insert replaces the first", () => {
    expect(APPENDIX_TAGS).toEqual({
      scope: "clauseReview.appendix.scope",
      sla: "clauseReview.appendix.sla",
    });
  });

  it("maps the topics each appendix answers", () => {
    expect(
      [
        "functional-scope",
        "hidden-fees",
        "support-response",
        "availability-sla",
        "performance",
      ].map(appendixForTopic)
    ).toEqual(["scope", "scope", "sla", "sla", "sla"]);
    expect(appendixForTopic("term-renewal")).toBeNull();
  });

  it("gives added rows a new id past the highest one", () => {
    const form: AppendixForm = defaultScopeForm("en");
    expect(newRowId("f", form.features)).toBe("f15");
    expect(newRowId("p", ["p1", "p3", "x9"])).toBe("p4");
    expect(newRowId("c", [])).toBe("c1");
  });
});
