/**
 * The pane speaks two languages only if no component writes its own words: every user-visible text
 * comes from t(key). This reads every component (src/taskpane/components/**.tsx) with the TypeScript
 * parser and lists JSX text, string-literal children and string-literal user-visible attributes that
 * contain a letter (Latin, CJK or any other script). The few allowed ones are listed below, each
 * with its reason.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const ROOT = "src/taskpane/components";

/** Attributes a person reads or hears (screen readers read aria-*). */
const VISIBLE_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "aria-valuetext",
  "aria-roledescription",
  "title",
  "placeholder",
  "alt",
  "label",
  "content",
  "hint",
  "validationMessage",
  "header",
  "description",
]);

/** "file: text" pairs allowed on purpose. Keep short: each needs a reason. */
const ALLOWED = new Set<string>([
  // (none yet: add "path/to/File.tsx: text" with a comment saying why)
]);

const HAS_LETTER = /\p{L}/u;

function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? componentFiles(join(dir, entry.name))
      : entry.name.endsWith(".tsx")
        ? [join(dir, entry.name)]
        : []
  );
}

type Hit = { file: string; line: number; text: string };

export function hardcodedTexts(file: string, source: string): Hit[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const hits: Hit[] = [];
  const hit = (node: ts.Node, text: string) => {
    const trimmed = text.replace(/\s+/g, " ").trim();
    if (!HAS_LETTER.test(trimmed)) return;
    const name = `${relative(ROOT, file)}: ${trimmed}`;
    if (ALLOWED.has(name)) return;
    hits.push({
      file: relative(ROOT, file),
      line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text: trimmed,
    });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) hit(node, node.text);
    else if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isStringLiteral(node.expression) ||
        ts.isNoSubstitutionTemplateLiteral(node.expression)) &&
      !ts.isJsxAttribute(node.parent)
    )
      hit(node, node.expression.text);
    else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(sf);
      const init = node.initializer;
      if (VISIBLE_ATTRIBUTES.has(name) && init) {
        if (ts.isStringLiteral(init)) hit(init, init.text);
        else if (
          ts.isJsxExpression(init) &&
          init.expression &&
          (ts.isStringLiteral(init.expression) ||
            ts.isNoSubstitutionTemplateLiteral(init.expression))
        )
          hit(init, init.expression.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return hits;
}

describe("components hard-code no user-visible text", () => {
  const files = componentFiles(ROOT);

  it("finds the components", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it("catches what it is meant to catch", () => {
    const sample = `export const A = () => (
      <div aria-label="Close" title={"关闭"} data-x="ok">
        Review {"now"} {" "} {t("ok")} · 审查 {count}
        <Field label="Name" hint={t("hint")} />
      </div>
    );`;
    expect(hardcodedTexts(join(ROOT, "Sample.tsx"), sample).map((h) => h.text)).toEqual([
      "Close",
      "关闭",
      "Review",
      "now",
      "· 审查",
      "Name",
    ]);
  });

  it("has none in src/taskpane/components", () => {
    const hits = files.flatMap((file) => hardcodedTexts(file, readFileSync(file, "utf8")));
    // Printed as "file:line text" so a failure says where to look.
    expect(hits.map((h) => `${h.file}:${h.line} ${h.text}`)).toEqual([]);
  });
});
