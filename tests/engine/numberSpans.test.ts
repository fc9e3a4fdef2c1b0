/** Every number reader finds exactly the marked spans, in real clause text (both languages). */
import { normalizeForMatch } from "../../src/engine/normalize";
import { findCounts } from "../../src/engine/numbers/counts";
import { findMoney } from "../../src/engine/numbers/money";
import { findDurations, findPercentages } from "../../src/engine/numbers/quantities";
import { marked } from "./markers";

type Reader = (text: string) => { start: number; end: number }[];

const cases: [string, Reader, string][] = [
  [
    "durations",
    findDurations,
    "Customer may give notice at least «ninety (90) days» before expiry, or within «30 days» of an invoice.",
  ],
  [
    "durations",
    findDurations,
    "甲方应于期满前«九十（90）日»书面通知，乙方应在«5个工作日»内开具发票，自2025年1月1日起算。",
  ],
  ["durations", findDurations, "7×24小时服务，紧急故障«两小时»内响应，普通问题«三天»内答复。"],
  [
    "durations",
    findDurations,
    "an initial term of «three (3) years», renewing for «twelve (12) months» at a time; 24/7 support",
  ],
  [
    "percentages",
    findPercentages,
    "Monthly availability of «99.9%», and a credit of «10 percent» of the fees.",
  ],
  ["percentages", findPercentages, "可用性不低于«百分之九十九点五»，年度涨幅不超过«５％»。"],
  [
    "counts",
    findCounts,
    "up to «fifty (50) Named Users» and «three (3) on-site training sessions»",
  ],
  ["counts", findCounts, "授权«50个用户»，提供«3场现场培训»，第2次培训另行收费。"],
  [
    "money",
    findMoney,
    "a fee of «USD 52,800» per year, or «US$600» per user; «RMB 50,000» for migration",
  ],
  [
    "money",
    findMoney,
    "订阅费«人民币叁拾万元»，实施费«30万元»，超额用户每人每年«¥1,200»，折合«600美元»。",
  ],
];

describe.each(cases)("%s reader", (_, reader, source) => {
  it(source, () => {
    const { text, spans } = marked(source);
    expect(reader(normalizeForMatch(text)).map((q) => [q.start, q.end])).toEqual(spans);
  });
});
