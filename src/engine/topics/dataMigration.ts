/**
 * data-migration — 数据迁移 / 資料遷移. Risky: the customer extracts, cleanses and formats its legacy
 * data itself; migration is charged separately; or the vendor performs a single bulk import only.
 * Meets: the vendor migrates (cleanses and maps, migrates a pilot, reports, keeps a backup until
 * sign-off). Migration *out* at the end of the contract is data-export, not this topic.
 */
import { anchorIn } from "../clauseText";
import type { Clause } from "../segment";
import type { Finding, ReadValue } from "../types";
import {
  chargedIn,
  CUSTOMER_EN,
  CUSTOMER_ZH,
  underHeading,
  VENDOR_WORD,
  VENDOR_ZH,
  deliveryMatches,
} from "./delivery";
import { cn, firstMatch, negatedAt, sentences, zhRe, type Sentence } from "./reading";
import { finding, verdictOf, type TopicRule } from "./rule";

/** The topic's words, English and Chinese apart: one alternation of both scans a clause slower. */
const SIGNAL_EN =
  /migrat|legacy|historical data|existing data|data import|\bimport|data conversion/;
const SIGNAL_ZH = zhRe(String.raw`迁移|移转|转移|历史数据|历史资料|导入|汇入|旧系统|存量数据`);

/** A table row (feature list: "Data import/export") counts only when it is about existing data. */
const ROW = zhRe(
  String.raw`migrat|legacy|historical|existing|迁移|移转|(?:历史|既有|原有|旧有|存量)(?:数据|资料)|旧系统`
);

/** Moving the customer's existing data into the new system. */
const MIGRATION = zhRe(
  [
    String.raw`data migration|migrat(?:e|es|ed|ing|ion)\b|legacy (?:data|systems?|records)|historical (?:data|records)|existing (?:customer )?(?:data|records)|source (?:data|systems?)|data (?:import|conversion|cleansing|mapping)|bulk import|import templates?`,
    String.raw`\bimport(?:ing|ed|s)? (?:of )?(?:the |its |all )?(?:customer(?:'s)? )?(?:existing |legacy |historical )?(?:data|records|files)`,
    String.raw`(?:数据|资料)(?:迁移|移转|转移|转换|导入|汇入|清洗|映射)|迁移(?:数据|资料)|迁移(?:至|到)(?:本|新|贵方)?(?:软件|系统|平台|crm)|(?:历史|旧有|既有|原有|存量)(?:数据|资料)|旧系统|(?:批量)?(?:导入|汇入)(?:模板|工具)|批量(?:导入|汇入)|(?:清洗|转换|映射)[^。；]{0,10}迁移|迁移(?:工作|服务|方案|计划|报告)|试点迁移|全量迁移|源数据|原始数据`,
  ].join("|")
);
/** Exit (data-export) and infrastructure moves are other topics. */
const EXIT =
  /terminat|expir|end of the (?:term|agreement)|exit|transition(?:-| )out|off-?boarding|return of|export|终止|期满|到期|解除|退出|迁出|导出|返还/;
const INFRASTRUCTURE =
  /data cent(?:er|re)s?|hosting|infrastructure|servers?|regions?|cloud provider|sub-?processors?|数据中心|服务器|机房|云服务商/;
const ONBOARDING = zhRe(
  String.raw`legacy|historical|existing|source|go[\s-]live|implementation|onboarding|initial|pilot|历史|旧有|既有|原有|旧系统|存量|上线|实施|试点|首次`
);

/** "Customer is responsible for extracting, cleansing and formatting", "甲方应自行整理、清洗". */
const CUSTOMER_DOES = new RegExp(
  cn(
    [
      String.raw`${CUSTOMER_EN}\s+(?:is|shall be|will be|remains|shall remain)\s+(?:solely\s+|fully\s+|exclusively\s+)?responsible\s+for\b[^.;]{0,80}?(?:migrat|import|extract|cleans|format|convert|prepar|mapping|map\b|load|transfer)`,
      String.raw`${CUSTOMER_EN}\s+(?:shall|will|must)\s+(?:itself\s+|at its own (?:cost|expense)\s+)?(?:migrate|import|extract|cleanse|prepare|format|convert|load|map|transfer)\b`,
      String.raw`(?:migration|import)[^.;]{0,40}(?:performed|carried out|done|completed)\s+by\s+${CUSTOMER_EN}`,
      String.raw`${CUSTOMER_EN}\s+(?:shall|will|must)\s+provide\s+(?:its|the|all)\s+(?:legacy\s+|existing\s+|historical\s+)?data\s+in\s+(?:the|a|vendor's)\s+(?:[a-z]+\s+)?(?:format|templates?)`,
      String.raw`${CUSTOMER_ZH}(?:应|须|需|应当)?(?:自行|负责)[^。；，,]{0,30}?(?:迁移|导入|汇入|整理|清洗|转换|准备|提取|映射)`,
      String.raw`(?:迁移|导入|汇入)[^。；，,]{0,20}?(?:由|应由)${CUSTOMER_ZH}(?:自行)?(?:负责|完成|承担|进行)`,
      String.raw`自行(?:整理|清洗|转换|迁移|导入|汇入|提取)`,
    ].join("|")
  )
);
/** "one (1) bulk import", "一次批量导入", "a single import" — one shot, no pilot, no correction. */
const SINGLE_IMPORT =
  /\b(?:one|a single|single|only one)\b(?:\s*\(1\))?\s+(?:bulk\s+|one-time\s+|initial\s+|data\s+)*(?:import|upload|migration|load)|\bimport[^.;]{0,30}\bonce\b|(?:一|1|壹)\s*(?:\(\s*1\s*\))?\s*次(?!性)(?:的)?(?:批量)?(?:数据|资料)?(?:导入|汇入|迁移)/;

/** "Vendor will assist Customer with the migration", "乙方可协助甲方迁移": the job stays the customer's. */
const ASSISTS = new RegExp(
  String.raw`(?:assist|help|support)\w*\s+(?:the\s+)?(?:customer|client)\b[^.;]{0,40}(?:migrat|import)|(?:reasonable\s+)?assistance\s+(?:with|in|for)\s+(?:the\s+)?(?:data\s+)?(?:migrat|import)|协助${CUSTOMER_ZH}[^。；，]{0,20}(?:迁移|导入|汇入)`
);
/** The vendor itself takes the migration on: "Vendor shall migrate", "乙方负责迁移". */
const VENDOR_MIGRATES = new RegExp(
  String.raw`\b(?:vendor|supplier|provider|contractor)\s+(?:shall|will|must)\s+(?:\w+\s+){0,2}?(?:migrate|perform the (?:data )?migration|cleanse|map|be responsible for (?:the )?(?:data )?migration)|${VENDOR_ZH}(?:应|须|将)?负责[^。；]{0,20}(?:迁移|导入|清洗)`
);

type Risk = { start: number; end: number; kinds: string[] };

/** firstMatch, skipped where `pattern` (not global) matches nowhere: it would find nothing. */
function firstKept(pattern: RegExp, text: string, keep: (m: RegExpExecArray) => boolean) {
  return pattern.test(text) ? firstMatch(pattern, text, keep) : undefined;
}

function risksIn(parts: Sentence[], headed: boolean): Risk | undefined {
  let risk: Risk | undefined;
  const add = (kind: string, m: RegExpExecArray, offset: number) => {
    if (!risk) risk = { start: offset + m.index, end: offset + m.index + m[0].length, kinds: [] };
    if (!risk.kinds.includes(kind)) risk.kinds.push(kind);
  };
  for (const s of parts) {
    if (!headed && !MIGRATION.test(s.text)) continue;
    if (EXIT.test(s.text) && !ONBOARDING.test(s.text)) continue; // help to leave is data-export
    const own = firstKept(
      CUSTOMER_DOES,
      s.text,
      (m) =>
        !negatedAt(s.text, m.index) && !/无需|不必|无须|不需/.test(m[0]) && !VENDOR_WORD.test(m[0])
    );
    if (own) add("customer", own, s.start);
    const assist = ASSISTS.exec(s.text);
    const customerAlready = own !== undefined || (risk?.kinds.includes("customer") ?? false);
    if (assist && !customerAlready && !VENDOR_MIGRATES.test(s.text)) add("assist", assist, s.start);
    const single = SINGLE_IMPORT.exec(s.text);
    if (single) add("single", single, s.start);
    const fee = chargedIn(s.text);
    if (fee) add("charged", fee, s.start);
  }
  return risk;
}

/** The clause speaks of bringing existing data in, not of export at exit or moving data centres. */
function addresses(clause: Clause, parts: Sentence[], headed: boolean): boolean {
  if (headed) return true;
  const norm = clause.norm;
  if (!MIGRATION.test(norm) || (clause.kind === "table-row" && !ROW.test(norm))) return false;
  const exit = EXIT.test(norm);
  return parts.some(
    (s) =>
      MIGRATION.test(s.text) && ((!exit && !INFRASTRUCTURE.test(s.text)) || ONBOARDING.test(s.text))
  );
}

export const dataMigration: TopicRule = {
  id: "data-migration",
  matches: deliveryMatches([SIGNAL_EN, SIGNAL_ZH], "migration"),
  judge(context, matched) {
    const { snapshot } = context;
    const findings: Finding[] = [];
    const relevant: Clause[] = [];
    for (const clause of matched) {
      const headed = underHeading(clause, "migration");
      // A clause without MIGRATION (which does not look around) has no sentence with it either.
      const parts = headed || MIGRATION.test(clause.norm) ? sentences(clause.norm) : [];
      if (!addresses(clause, parts, headed)) continue;
      relevant.push(clause);
      const risk = risksIn(parts, headed);
      if (!risk) continue;
      const values: Record<string, ReadValue> = {
        migrationByVendor: { value: false },
      };
      if (risk.kinds.includes("single")) values.imports = { value: 1 };
      if (risk.kinds.includes("charged")) values.migrationCharged = { value: true };
      findings.push(
        finding(
          context,
          anchorIn(snapshot, clause, risk.start, risk.end),
          "medium",
          { code: "customer-migrates", params: { kinds: risk.kinds.join(",") } },
          values,
          { vendorMigrates: true, backupUntilSignOff: true }
        )
      );
    }
    return { verdict: verdictOf(findings, relevant, context.topic), findings, clauses: relevant };
  },
};
