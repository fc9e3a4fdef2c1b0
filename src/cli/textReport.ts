/** A readable report for a terminal: a verdict table of the checked topics, then each finding. */
import type { ReviewReport } from "../engine/types";

const VERDICT_MARK = {
  meets: "ok",
  deviates: "RISK",
  missing: "MISSING",
  "not-found": "-",
} as const;

/** Display width: CJK characters take two columns in a terminal. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch
      )
        ? 2
        : 1;
  return w;
}
const pad = (text: string, to: number) => text + " ".repeat(Math.max(0, to - width(text)));

export function toTextReport(report: ReviewReport, source: string): string {
  const lang = report.language;
  const checked = report.topics.filter((t) => t.checked);
  const lines: string[] = [];
  lines.push(
    `${source} — language: ${lang}, ${report.stats.paragraphs} paragraphs, ${report.stats.clauses} clauses`
  );
  lines.push("");
  const rows = checked.map((t) => [
    t.topic,
    t.title[lang],
    VERDICT_MARK[t.verdict],
    t.severity ?? "",
    String(t.findings.length),
  ]);
  const header = ["topic", lang === "zh" ? "主题" : "title", "verdict", "severity", "findings"];
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i]))
      .join("  ")
      .trimEnd();
  lines.push(line(header), widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) lines.push(line(row));
  const unchecked = report.topics.length - checked.length;
  if (unchecked > 0)
    lines.push(
      "",
      `${unchecked} more playbook topics are not checked by this version of the engine.`
    );
  for (const t of checked) {
    for (const f of t.findings) {
      lines.push(
        "",
        `[${f.severity.toUpperCase()}] ${t.topic} — paragraph ${f.anchor.paragraph + 1}`
      );
      lines.push(`  ${f.message}`, `  > ${f.anchor.quote}`);
      if (f.suggestion) lines.push(`  suggested: ${f.suggestion}`);
    }
    if (t.verdict === "missing" && t.suggestion) {
      lines.push("", `[MISSING] ${t.topic}`, `  suggested: ${t.suggestion}`);
    }
  }
  return lines.join("\n") + "\n";
}
