/**
 * Counts of things a contract limits or promises: users / seats / accounts ("50 named users",
 * "五十（50）个用户账号", "up to fifty (50) Named Users") and training sessions ("three (3) on-site
 * sessions", "3场现场培训", "两次培训"). Offsets index the normalised text given.
 */
import { NUMBER, numberFrom } from "./quantities";

export type CountKind = "users" | "sessions";
export type Count = {
  kind: "count";
  what: CountKind;
  value: number;
  start: number;
  end: number;
  text: string;
};

const UNITS: [CountKind, string][] = [
  [
    "users",
    String.raw`(?:concurrent |named |authori[sz]ed |active )?(?:users?|seats?|licen[cs]es?|user accounts?|accounts?|subscribers?)\b|(?:个|名|位)?(?:并发)?(?:用户|账号|帐号|账户|席位|许可|授权用户|使用者)`,
  ],
  [
    "sessions",
    String.raw`(?:on-?site |online |remote |training )*(?:training )?(?:sessions?|workshops?|courses?|classes)\b|(?:场|次|期|节)(?:现场|线上|集中)?(?:培训|课程|讲座)?`,
  ],
];
const COUNT_RE = new RegExp(`${NUMBER}\\s*(?:${UNITS.map(([, u]) => `(${u})`).join("|")})`, "gi");

export function findCounts(text: string): Count[] {
  const found: Count[] = [];
  COUNT_RE.lastIndex = 0;
  for (let m = COUNT_RE.exec(text); m; m = COUNT_RE.exec(text)) {
    const value = numberFrom(m);
    if (value === undefined || Number.isNaN(value)) continue;
    const what: CountKind = m[5] !== undefined ? "users" : "sessions";
    // "第3次" is an ordinal; "1年" never reaches here (years are durations).
    if (text[m.index - 1] === "第") continue;
    found.push({
      kind: "count",
      what,
      value,
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
    });
  }
  return found;
}
