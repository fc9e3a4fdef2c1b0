/**
 * The Functional Scope Appendix as a document fragment (APPENDICES.md §A): a lead clause (nothing
 * is included or payable unless listed; demos and marketing promise nothing), the feature table, the
 * delivery schedule and a closing clause on acceptance by phase.
 */
import type { FragmentBlock } from "../../engine/fragment";
import type { Language } from "../../engine/types";
import { dateCell, money } from "./format";
import type { FeatureRow, ScopeForm } from "./types";

const DASH = "—";

type Words = {
  lead(anyExtra: boolean): string;
  featureHeader: string[];
  included: string;
  extra: string;
  scheduleLead: string;
  scheduleHeader: string[];
  closing: string;
};

const WORDS: Record<Language, Words> = {
  en: {
    lead: (anyExtra) =>
      [
        anyExtra
          ? "1. Scope. The features listed in the table below are included in the fees payable under this Agreement, except those marked “No” in the column “Included in the fees”, for which the extra fee stated in the table is the only amount payable."
          : "1. Scope. The features listed in the table below are included in the fees payable under this Agreement, and no further amount is payable for them.",
        "A feature not listed in this Appendix is not included and may be added only by a written amendment signed by both parties stating its price.",
        "Features shown in demonstrations, marketing material or on the Vendor's website but not listed in this Appendix are not promised.",
      ].join(" "),
    featureHeader: [
      "No.",
      "Module",
      "Feature / description",
      "Included in the fees",
      "Extra fee (if any)",
      "Delivery phase",
    ],
    included: "Yes",
    // "No", not "Extra cost": the row also names its phase ("… data migration"), and "extra cost"
    // beside it would read as migration charged; the price stands in the next column.
    extra: "No",
    scheduleLead:
      "2. Delivery schedule. The Vendor shall deliver the Service in the phases below, each by its planned date and meeting its acceptance criteria:",
    scheduleHeader: ["Phase", "Deliverables", "Planned date", "Acceptance criteria"],
    closing: [
      "3. Acceptance. A phase is accepted only when the Customer signs it off in writing against its acceptance criteria; use of the Service or the Customer's silence does not constitute acceptance.",
      "The Vendor shall not start a phase before the previous phase has been accepted.",
      "If a phase is delivered late, the Vendor shall pay the liquidated damages agreed in the main body of this Agreement.",
    ].join(" "),
  },
  zh: {
    lead: (anyExtra) =>
      (anyExtra
        ? "一、功能范围：下表所列功能均包含在本协议约定的服务费内，但“是否包含在服务费内”一栏标明“否”的功能除外，该等功能的费用以下表所列金额为限，甲方无需为其支付其他任何费用。"
        : "一、功能范围：下表所列功能均包含在本协议约定的服务费内，甲方无需为其支付其他任何费用。") +
      "未在本附件列明的功能不属于交付范围，仅可经双方签署书面补充协议并约定价格后增加。乙方在演示、宣传资料或官方网站中展示但未列入本附件的功能，不构成乙方的承诺。",
    featureHeader: [
      "序号",
      "模块",
      "功能说明",
      "是否包含在服务费内",
      "另付费用（如有）",
      "交付阶段",
    ],
    included: "是",
    extra: "否",
    scheduleLead:
      "二、交付计划：乙方应按下表分阶段交付，各阶段应不晚于其计划日期完成并达到相应的验收标准：",
    scheduleHeader: ["阶段", "交付物", "计划日期", "验收标准"],
    closing:
      "三、验收：各阶段经甲方按上表验收标准书面签认后，方为验收合格；甲方使用本服务或未提出异议的，均不视为验收合格。上一阶段验收合格前，乙方不得开始下一阶段。乙方逾期交付的，应按本协议正文的约定支付违约金。",
  },
};

function featureRow(f: FeatureRow, n: number, form: ScopeForm, language: Language): string[] {
  const words = WORDS[language];
  const fee = f.included || f.extraFee === null ? DASH : money(f.extraFee, form.currency, language);
  return [
    String(n),
    f.module.trim(),
    f.feature.trim(),
    f.included ? words.included : words.extra,
    fee,
    f.phase.trim(),
  ];
}

export function scopeBlocks(form: ScopeForm, language: Language): FragmentBlock[] {
  const words = WORDS[language];
  // Unticked rows stay in the form; the contract numbers the rows it lists.
  const features = form.features.filter((f) => f.selected);
  return [
    { kind: "paragraph", text: words.lead(features.some((f) => !f.included)) },
    {
      kind: "table",
      header: words.featureHeader,
      rows: features.map((f, i) => featureRow(f, i + 1, form, language)),
    },
    { kind: "paragraph", text: words.scheduleLead },
    {
      kind: "table",
      header: words.scheduleHeader,
      rows: form.phases.map((p) => [
        p.phase.trim(),
        p.deliverables.trim(),
        dateCell(p.plannedDate, language),
        p.acceptance.trim(),
      ]),
    },
    { kind: "paragraph", text: words.closing },
  ];
}
