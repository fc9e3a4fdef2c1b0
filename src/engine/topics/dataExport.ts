/**
 * data-export — 数据导出与迁出. Risky: no right to export (or "no obligation to export, return or
 * migrate"), export charged or only in a proprietary format, and data deleted less than 30 days after
 * termination ("delete Customer Data fifteen (15) days after termination", "终止之日起15日后删除").
 * Meets: free export at any time in CSV / Excel, data kept ≥ 30 days after termination.
 */
import { anchorIn, around } from "../clauseText";
import { findDurations, type Duration } from "../numbers/quantities";
import type { Clause } from "../segment";
import type { Finding, ReadValue } from "../types";
import { AS_QUOTED, definesTerm, isBody, sentences, type Sentence } from "./reading";
import { finding, positionNumber, verdictOf, type TopicRule } from "./rule";

const SIGNAL =
  /export|download|retriev|extract|return (?:of )?(?:all )?(?:the )?(?:customer )?data|return[^.;]{0,40}\bdata\b|data portab|delet|destroy|purg|erase|retain|retention|导出|導出|匯出|汇出|下载|下載|提取|返还|返還|交还|交還|迁出|遷出|删除|刪除|销毁|銷毀|清除|保留|保存/;
/**
 * Words SIGNAL cannot match without: one cheap scan rules out most clauses. No Traditional forms:
 * normalisation folds 導, 匯, 載, 還, 遷, 刪, 銷 and 毀 (normalize.ts).
 */
const SIGNAL_WORDS =
  /export|download|retriev|extract|return|portab|delet|destroy|purg|erase|retain|retention|导出|汇出|下载|提取|返还|交还|迁出|删除|销毁|清除|保留|保存/;
/** The customer gets its data out: export, download, return, a copy (not "export control", not imports). */
const EXPORT =
  /export(?!\s+(?:control|administration|regulation|law|licen))|download|retriev|return\w*[^.;]{0,40}(?:customer data|\bdata\b|copy|copies)|(?:\bdata\b|cop(?:y|ies))[^.;]{0,30}(?:returned|delivered|made available (?:for|to))|(?:provide|deliver)\w* (?:customer )?(?:with )?(?:a |an )?(?:complete |full )?(?:copy|copies|export)|data portab|obtain (?:a (?:full |complete )?copy of )?(?:all )?(?:the )?(?:customer )?data|(?:取得|获取|獲取)[^。；;]{0,12}(?:数据|數據|资料|資料)|导出|導出|匯出|汇出|下载|下載|返还|返還|交还|交還|迁出|遷出|(?:提供|交付)[^。；;]{0,12}(?:数据|數據|资料|資料)(?:的)?(?:副本|备份|備份|文件|档案|檔案)/;
/** Export refused: "no obligation to export, return or migrate", "无义务…提供数据导出", "cannot export". */
const NO_EXPORT =
  /no (?:obligation|duty|responsibility) to (?:\w+[\s,]+){0,3}?(?:export|return|provide|migrate|deliver|retain)|not (?:be )?(?:obliged|obligated|required|responsible) to (?:\w+[\s,]+){0,3}?(?:export|return|provide|migrate|deliver)|(?:shall|will|may|can) not (?:be able to )?(?:export|download|retrieve|extract)|cannot (?:export|download|retrieve|extract)|(?:does|do|will|shall) not (?:provide|offer|support|include) (?:any )?(?:data )?(?:export|return|extraction|migration|download)|export[^.;]{0,30}(?:is|are) not (?:available|supported|possible|provided)|无(?:义务|责任)[^。；;]{0,12}(?:导出|導出|返还|返還|交还|交還|迁移|遷移|提供)|無(?:義務|責任)[^。；;]{0,12}(?:導出|匯出|返還|交還|遷移|提供)|不(?:提供|支持|负责|負責)[^。；;]{0,8}(?:导出|導出|匯出|汇出|返还|返還|交还|交還|迁移|遷移)|(?:无法|無法|不能|不得)[^。；;]{0,6}(?:导出|導出|匯出|汇出|下载|下載|提取)/;
/** Export billed: "export assistance at Vendor's then-current rates", "数据导出需另行付费". */
const CHARGED =
  /\b(?:fees?|charges?|charged|chargeable|paid|payment|billed|at (?:the )?(?:vendor's|its) (?:[\w-]+ ){0,3}?(?:rates?|prices?|fees)|at (?:customer's|its own) (?:cost|expense)|additional cost)\b|收费|收費|收取|付费|付費|费用|費用|服务费|服務費|计费|計費|有偿|有償/;
const FREE =
  /free of charge|at no (?:additional |extra )?(?:cost|charge|fee)|without (?:additional |extra )?(?:charge|cost|fee)|no (?:additional |extra )?(?:charge|cost|fee)|(?:shall|will) not (?:be )?charged?\b|included in (?:the )?(?:subscription )?fees?|免费|免費|无偿|無償|不(?:另行|额外|額外)?(?:收费|收費|收取|计费|計費)|包含在[^。；;]{0,10}(?:费用|費用)/;
const PROPRIETARY =
  /proprietary (?:[a-z-]+ )?(?:format|file)|(?:vendor's|supplier's|provider's|its own) (?:[a-z-]+ )?format|(?:only|solely) in (?:the )?(?:format|form) (?:determined|chosen|specified) by (?:the )?vendor|[专專]有[^。；;]{0,8}格式|(?:乙方|供应商|供應商|服务商|服務商)(?:自有|特定|指定|自定)(?:的)?格式/;

/** What is exported: data, the customer's content, records. */
const DATA =
  /\bdata\b|\b(?:customer|client|purchaser|buyer|licensee|subscriber|your)(?:'s)?\s+content\b|records|数据|數據|资料|資料/;
const IMPORT =
  /\bimport(?:s|ed|ing)?\b|legacy|historical data|source system|历史数据|歷史數據|导入|導入/;
/** The contract ends: the window where deletion matters. */
const END =
  /terminat|expir|end of the (?:term|agreement|subscription)|\bends?\b|\bended\b|end date|cancel|终止|終止|期满|期滿|届满|屆滿|到期|解除|结束|結束/;
/** Data removed: "delete Customer Data", "删除甲方数据". */
const DELETE = /delet|destroy|purg|erase|删除|刪除|销毁|銷毀|清除|清空/g;
/** Data kept for the customer: "retain Customer Data for ninety (90) days", "保留30日", "available for export". */
const RETAIN =
  /retain|retention|keep|kept|preserve|available|export|download|retriev|保留|保存|保管|导出|導出|匯出|汇出|下载|下載/g;
const IMMEDIATE =
  /(?:immediately|promptly|forthwith)\s+(?:\w+\s+){0,3}?(?:delet|destroy|purg|erase)|(?:delet|destroy|purg|erase)\w*[^.;]{0,40}(?:immediately|forthwith|at any time|upon (?:termination|expiry|expiration))|upon (?:termination|expiry|expiration)[^.;]{0,40}(?:delet|destroy|purg|erase)|(?:立即|随时|隨時)[^。；;]{0,8}(?:删除|刪除|销毁|銷毀|清除)|(?:终止|終止|到期|期满|期滿)(?:时|時|之时|之時|当日|當日|之日)(?:起)?[^。；;]{0,8}(?:删除|刪除|销毁|銷毀|清除)/;

/** The words that say "at once" inside an immediate-deletion match, for the finding's value text. */
const AT_ONCE = /immediately|forthwith|promptly|at any time|立即|随时|隨時/i;
const ON_END =
  /upon (?:termination|expiry|expiration)|(?:终止|終止|到期|期满|期滿)(?:时|時|之时|之時|当日|當日|之日)/i;

function whenOf(match: string): string {
  return AT_ONCE.exec(match)?.[0] ?? ON_END.exec(match)?.[0] ?? match;
}

type Span = { start: number; end: number };

type Retention = { days: number; text: string; start: number; end: number };
type Read = {
  clause: Clause;
  right: boolean;
  refused?: Span;
  charged?: Span;
  proprietary?: Span;
  retention?: Retention;
  addresses: boolean;
};

function daysOf(d: Duration): number {
  return d.unit === "hour" || d.unit === "minute"
    ? Math.round((d.hours / 24) * 10) / 10
    : Math.round(d.hours / 24);
}

/** Distance from a duration to the nearest match of `pattern` (before it, or shortly after in Chinese). */
function distanceTo(pattern: RegExp, text: string, d: Duration): number {
  let best = Infinity;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const distance = m.index < d.start ? d.start - m.index : m.index - d.end;
    if (distance >= 0 && distance < best) best = distance;
  }
  return best;
}

/** How long the data stays after the contract ends: the kept window if stated, else the first deletion. */
function retentionIn(text: string): Duration | undefined {
  const kept: Duration[] = [];
  const deleted: Duration[] = [];
  for (const d of findDurations(text)) {
    if (d.unit === "year" && d.value > 3) continue;
    const toRetain = distanceTo(RETAIN, text, d);
    const toDelete = distanceTo(DELETE, text, d);
    if (Math.min(toRetain, toDelete) > 50) continue;
    (toRetain < toDelete ? kept : deleted).push(d);
  }
  if (kept.length > 0) return kept.reduce((a, d) => (d.hours > a.hours ? d : a));
  if (deleted.length > 0) return deleted.reduce((a, d) => (d.hours < a.hours ? d : a));
  return undefined;
}

/** The span of a match in a sentence, as offsets into the clause. */
function spanOf(s: Sentence, m: RegExpExecArray): Span {
  return { start: s.start + m.index, end: s.start + m.index + m[0].length };
}

/** Data kept after the end, in a sentence that deletes nothing. */
const KEEP = /retain|retention|keep|kept|preserve|保留|保存|保管/;

function read(clause: Clause): Read {
  const norm = clause.norm;
  const out: Read = { clause, right: false, addresses: false };
  let previous = "";
  for (const s of sentences(norm, AS_QUOTED)) {
    const { text } = s;
    const about = previous;
    previous = text;
    if (!DATA.test(text)) continue;
    const refused = NO_EXPORT.exec(text);
    // Moving legacy data in is data migration, even when it is "exported" from the old system.
    const importing = IMPORT.test(text) && !END.test(text);
    const exports = importing ? null : EXPORT.exec(text);
    if (refused) {
      out.addresses = true;
      out.refused ??= spanOf(s, refused);
    } else if (exports) {
      out.addresses = true;
      out.right = true;
      // A charge or a format counts only when it is about the export itself.
      const near = around(text, exports.index, exports.index + exports[0].length, 60, 140);
      const offset = Math.max(0, exports.index - 60);
      const bill = CHARGED.exec(near);
      if (bill && !FREE.test(near)) {
        out.charged ??= {
          start: s.start + offset + bill.index,
          end: s.start + offset + bill.index + bill[0].length,
        };
      }
      const format = PROPRIETARY.exec(text);
      if (format) out.proprietary ??= spanOf(s, format);
    }
    // What happens to the data when the contract ends (this sentence or the one before says so).
    DELETE.lastIndex = 0;
    const deletes = DELETE.test(text);
    if (!END.test(text) && !(END.test(about) && deletes)) continue;
    if (!deletes && !KEEP.test(text)) continue;
    out.addresses = true;
    const d = retentionIn(text);
    let candidate: Retention | undefined;
    if (d) {
      candidate = {
        days: daysOf(d),
        text: clause.text.slice(s.start + d.start, s.start + d.end),
        start: s.start + d.start,
        end: s.start + d.end,
      };
    } else if (!exports) {
      const immediate = IMMEDIATE.exec(text);
      if (immediate) {
        const span = spanOf(s, immediate);
        candidate = { days: 0, text: whenOf(clause.text.slice(span.start, span.end)), ...span };
      }
    }
    if (candidate && (!out.retention || candidate.days < out.retention.days)) {
      out.retention = candidate;
    }
  }
  return out;
}

export const dataExport: TopicRule = {
  id: "data-export",
  matches: (clause) =>
    isBody(clause) &&
    SIGNAL_WORDS.test(clause.norm) &&
    !definesTerm(clause.norm, "short-entry") &&
    SIGNAL.test(clause.norm),
  judge(context, matched) {
    const { snapshot, topic } = context;
    const minDays = positionNumber(topic, "minRetentionDaysAfterTermination", 30);
    const formats = topic.position.formats ?? ["CSV", "Excel"];
    const position = { exportFree: true, formats, minRetentionDaysAfterTermination: minDays };
    const reads = matched.map(read).filter((r) => r.addresses);
    const findings: Finding[] = [];
    const hasRight = reads.some((r) => r.right);

    for (const r of reads) {
      const retentionValue: Record<string, ReadValue> = r.retention
        ? { retentionDays: { value: r.retention.days, unit: "day", text: r.retention.text } }
        : {};
      for (const why of ["refused", "charged", "proprietary"] as const) {
        const span = r[why];
        if (!span) continue;
        findings.push(
          finding(
            context,
            anchorIn(snapshot, r.clause, span.start, span.end),
            "high",
            { code: "no-export", params: { why, minDays } },
            { ...retentionValue, exportRight: { value: why } },
            position
          )
        );
      }
      if (r.retention && r.retention.days < minDays) {
        findings.push(
          finding(
            context,
            anchorIn(snapshot, r.clause, r.retention.start, r.retention.end),
            "high",
            {
              code: "early-deletion",
              params: { days: r.retention.days, written: r.retention.text, minDays },
            },
            retentionValue,
            position
          )
        );
      }
    }
    // The data's fate at the end is addressed, yet the customer is never given a way to take it out.
    if (reads.length > 0 && !hasRight && !findings.some((f) => f.reason.code === "no-export")) {
      const first = reads[0];
      const anchorAt = first.retention ?? { start: 0, end: Math.min(1, first.clause.text.length) };
      findings.unshift(
        finding(
          context,
          anchorIn(snapshot, first.clause, anchorAt.start, anchorAt.end),
          "high",
          { code: "no-export", params: { why: "absent", minDays } },
          { exportRight: { value: "absent" } },
          position
        )
      );
    }
    const clauses = reads.map((r) => r.clause);
    return { verdict: verdictOf(findings, clauses, topic), findings, clauses };
  },
};
