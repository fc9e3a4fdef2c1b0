/** The comparison view by role: risk delta first, filtered redlines, picking a file, Word's compare. */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import axe from "axe-core";
import type { Alignment, ClauseSide, Comparison, TopicDelta } from "../../src/engine/compare/types";
import type { DiffOp } from "../../src/engine/diff/wordDiff";
import { translator, type UiLanguage } from "../../src/i18n";
import { describeChange } from "../../src/library/compareWording";
import type { PaneStore } from "../../src/state";
import {
  CompareView,
  type CompareViewProps,
} from "../../src/taskpane/components/compare/CompareView";
import { compactDiff } from "../../src/taskpane/components/compare/compactDiff";
import { PaneProvider } from "../../src/taskpane/PaneContext";

jest.setTimeout(20_000);
afterEach(() => jest.restoreAllMocks());

let clauseIndex = 0;
function side(number: string | undefined, text: string): ClauseSide {
  const clause = clauseIndex++;
  return {
    clause,
    paragraphs: [clause],
    number,
    text,
    textHash: `h${clause}`,
    clauseKind: "clause",
  };
}

function alignment(
  kind: Alignment["kind"],
  old: ClauseSide[],
  now: ClauseSide[],
  diff: DiffOp[] = [],
  topics: string[] = [],
  moved = kind === "moved"
): Alignment {
  const renumbered =
    old.length > 0 &&
    now.length > 0 &&
    old.map((s) => s.number).join() !== now.map((s) => s.number).join();
  return {
    kind,
    old,
    new: now,
    similarity: kind === "same" || kind === "moved" ? 1 : 0.8,
    renumbered,
    moved,
    diff,
    topics,
  };
}

const GOVERNING_HEAD =
  "This Agreement and any dispute or claim arising out of or in connection with it or its subject matter or formation shall be governed by the laws of ";

/** An English comparison: 8 alignments, 3 topics worse, 1 better, 2 unchanged. */
function englishComparison(): Comparison {
  const alignments: Alignment[] = [
    alignment("same", [side("1.1", "Definitions.")], [side("1.1", "Definitions.")]),
    alignment(
      "changed",
      [side("5.2", "The Customer may cancel this Agreement by giving 30 days' written notice.")],
      [side("6.1", "The Customer may cancel this Agreement by giving 90 days' written notice.")],
      [
        { kind: "equal", text: "The Customer may cancel this Agreement by giving " },
        { kind: "delete", text: "30" },
        { kind: "insert", text: "90" },
        { kind: "equal", text: " days' written notice." },
      ],
      ["cancellation"]
    ),
    alignment(
      "added",
      [],
      [
        side(
          "7.3",
          "The Supplier may change the fees at any time by posting new prices on its website."
        ),
      ],
      [],
      ["price-change"]
    ),
    alignment(
      "removed",
      [
        side(
          "8.1",
          "Each party's liability is limited to the fees paid in the twelve months before the claim."
        ),
      ],
      [],
      [],
      ["liability-cap"]
    ),
    alignment(
      "moved",
      [side("9", "Notices are given in writing.")],
      [side("4", "Notices are given in writing.")]
    ),
    alignment(
      "split",
      [side("10", "The Supplier exports the data on request and deletes it afterwards.")],
      [
        side("10.1", "The Supplier exports the data on request."),
        side("10.2", "It then deletes the data within 30 days."),
      ],
      [
        { kind: "equal", text: "The Supplier exports the data on request" },
        { kind: "delete", text: " and deletes it afterwards." },
        { kind: "insert", text: ".\nIt then deletes the data within 30 days." },
      ],
      ["data-export"]
    ),
    alignment(
      "changed",
      [side("12", `${GOVERNING_HEAD}the People's Republic of China.`)],
      [side("12", `${GOVERNING_HEAD}Singapore.`)],
      [
        { kind: "equal", text: GOVERNING_HEAD },
        { kind: "delete", text: "the People's Republic of China" },
        { kind: "insert", text: "Singapore" },
        { kind: "equal", text: "." },
      ],
      ["governing-law"],
      // Changed, and also out of the order the other clauses keep.
      true
    ),
    alignment("same", [side("11", "Force majeure.")], [side("11.1", "Force majeure.")]),
  ];
  const topic = (
    id: string,
    en: string,
    zh: string,
    direction: TopicDelta["direction"],
    rank: number,
    changes: TopicDelta["changes"],
    at: number[],
    severity: TopicDelta["new"]["severity"] = "medium"
  ): TopicDelta => ({
    topic: id,
    title: { en, zh },
    old: { verdict: "meets", severity: null, values: {} },
    new: {
      verdict: direction === "worse" ? "deviates" : "meets",
      severity: direction === "worse" ? severity : null,
      values: {},
    },
    direction,
    changes,
    rank,
    alignments: at,
  });
  return {
    language: { old: "en", new: "en" },
    alignments,
    // Not in rank order: the view sorts.
    topics: [
      topic("term-renewal", "Term and renewal", "合同期限与续约", "same", 0, [], []),
      topic(
        "cancellation",
        "Cancellation notice",
        "解约通知期",
        "worse",
        5,
        [
          {
            code: "number-worse",
            params: { key: "cancellationNoticeDays", old: 30, new: 90, unit: "day" },
          },
        ],
        [1]
      ),
      topic(
        "liability-cap",
        "Liability cap",
        "责任上限",
        "worse",
        3,
        [{ code: "clause-removed", params: {} }],
        [3],
        "high"
      ),
      topic(
        "data-export",
        "Data export",
        "数据导出",
        "better",
        2,
        [{ code: "number-better", params: { key: "deletionDays", old: 90, new: 30, unit: "day" } }],
        [5]
      ),
      topic(
        "governing-law",
        "Governing law",
        "适用法律",
        "worse",
        8,
        [{ code: "value-changed", params: { key: "governingLaw", old: "PRC", new: "Singapore" } }],
        [6],
        "high"
      ),
      topic("sla", "Service levels", "服务等级", "same", 0, [], []),
    ],
    stats: {
      same: 2,
      moved: 1,
      changed: 2,
      added: 1,
      removed: 1,
      split: 1,
      merged: 0,
      renumbered: 4,
    },
  };
}

/** A Chinese draft against our standard wording: the notice period went from 30 to 90 days. */
function chineseComparison(): Comparison {
  const alignments: Alignment[] = [
    alignment(
      "changed",
      [side("第五条", "甲方可提前30日书面通知解除本合同。")],
      [side("第六条", "甲方可提前90日书面通知解除本合同。")],
      [
        { kind: "equal", text: "甲方可提前" },
        { kind: "delete", text: "30" },
        { kind: "insert", text: "90" },
        { kind: "equal", text: "日书面通知解除本合同。" },
      ],
      ["cancellation"]
    ),
    alignment("added", [], [side("第七条", "乙方可随时调整价格。")], [], []),
  ];
  return {
    language: { old: "zh", new: "zh" },
    alignments,
    topics: [
      {
        topic: "cancellation",
        title: { en: "Cancellation notice", zh: "解约通知期" },
        old: { verdict: "meets", severity: null, values: {} },
        new: { verdict: "deviates", severity: "high", values: {} },
        direction: "worse",
        changes: [
          {
            code: "number-worse",
            params: { key: "cancellationNoticeDays", old: 30, new: 90, unit: "day" },
          },
        ],
        rank: 6,
        alignments: [0],
      },
    ],
    stats: {
      same: 0,
      moved: 0,
      changed: 1,
      added: 1,
      removed: 0,
      split: 0,
      merged: 0,
      renumbered: 1,
    },
  };
}

type Handlers = {
  onCompareFile: jest.Mock<void | Promise<void>, [File]>;
  onCompareStandard: jest.Mock<void | Promise<void>, []>;
  onSelect: jest.Mock<void | Promise<void>, [Alignment]>;
  onInsertSummary: jest.Mock<void | Promise<void>, []>;
  onExportHtml: jest.Mock<void | Promise<void>, []>;
};

function renderView(props: Partial<CompareViewProps> = {}, ui: UiLanguage = "en-US") {
  const handlers: Handlers = {
    onCompareFile: jest.fn(),
    onCompareStandard: jest.fn(),
    onSelect: jest.fn(),
    onInsertSummary: jest.fn(),
    onExportHtml: jest.fn(),
  };
  const comparison = props.comparison === undefined ? englishComparison() : props.comparison;
  const view = (more: Partial<CompareViewProps>) => (
    <FluentProvider theme={webLightTheme}>
      {/* The view is props-driven and never reads the store: only the translator is needed. */}
      <PaneProvider value={{ store: undefined as unknown as PaneStore, t: translator(ui) }}>
        <CompareView
          against="old-draft.docx"
          uiLanguage={ui === "zh-CN" ? "zh" : "en"}
          busy={false}
          blockedReason={null}
          {...handlers}
          {...props}
          {...more}
          comparison={comparison}
        />
      </PaneProvider>
    </FluentProvider>
  );
  const { rerender } = render(view({}));
  return {
    ...handlers,
    // Null only in the tests that render no comparison, which do not look at it.
    comparison: comparison as Comparison,
    user: userEvent.setup(),
    /** Renders again with other props, as the caller would (e.g. busy while an action runs). */
    update: (more: Partial<CompareViewProps>) => rerender(view(more)),
  };
}

const worseList = () => screen.getByRole("list", { name: /^Worse for the customer/ });
const changeItems = () => within(screen.getByRole("tabpanel")).getAllByRole("listitem");

describe("comparison view", () => {
  it("lists the topics that got worse first, worst first, with what changed", async () => {
    const { comparison, onSelect, user } = renderView();
    const risk = screen.getByRole("region", { name: "Risk changes" });
    expect(
      screen.getByRole("heading", { name: "Compared with “old-draft.docx”" })
    ).toBeInTheDocument();
    // The risk delta comes before the clause changes.
    const changes = screen.getByRole("region", { name: "Clause changes" });
    expect(risk.compareDocumentPosition(changes) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    // The topics, not the lists of changes inside them.
    const items = Array.from(worseList().children) as HTMLElement[];
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Governing law/),
      expect.stringMatching(/^Cancellation notice/),
      expect.stringMatching(/^Liability cap/),
    ]);
    const [law, notice, cap] = comparison.topics
      .filter((t) => t.direction === "worse")
      .sort((a, b) => b.rank - a.rank);
    for (const [item, topic] of [
      [items[0], law],
      [items[1], notice],
      [items[2], cap],
    ] as const) {
      for (const change of topic.changes) {
        const text = describeChange(change, "en", topic.title.en);
        expect(text).not.toBe("");
        expect(item).toHaveTextContent(text, { normalizeWhitespace: true });
      }
    }
    expect(items[1]).toHaveTextContent("30 → 90");
    expect(within(items[0]).getByText("High")).toBeInTheDocument();
    expect(within(items[1]).getByText("Medium")).toBeInTheDocument();
    expect(items[1]).toHaveTextContent("Meets → Deviates");

    // Go to the clause where the notice period changed; a removed clause is not in the document.
    await user.click(
      within(items[1]).getByRole("button", { name: "Go to clause: Cancellation notice" })
    );
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect.mock.calls[0][0]).toBe(comparison.alignments[1]);
    expect(within(items[2]).queryByRole("button")).not.toBeInTheDocument();

    // Better ones are folded away; the unchanged ones are counted.
    const better = within(risk).getByText("Better for the customer (1)");
    const dataExport = within(risk).getByText("Data export");
    expect(dataExport).not.toBeVisible();
    await user.click(better);
    expect(dataExport).toBeVisible();
    expect(within(risk).getByText("2 topics unchanged")).toBeInTheDocument();
  });

  it("says so when nothing got worse", () => {
    const comparison = englishComparison();
    comparison.topics = comparison.topics.filter((t) => t.direction !== "worse");
    renderView({ comparison, against: null });
    expect(
      screen.getByRole("heading", { name: "Compared with our standard wording" })
    ).toBeInTheDocument();
    expect(screen.getByText("Nothing got worse for the customer.")).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: /^Worse/ })).not.toBeInTheDocument();
  });

  it("narrows the changes by kind", async () => {
    const { user } = renderView();
    const tabs = screen.getByRole("tablist", { name: "Show changes of kind" });
    const names = [
      "All (6)",
      "Added (1)",
      "Removed (1)",
      "Changed (2)",
      "Moved (1)",
      "Split (1)",
      "Merged (0)",
    ];
    expect(within(tabs).getAllByRole("tab")).toEqual(
      names.map((name) => within(tabs).getByRole("tab", { name }))
    );
    // Clauses whose words stayed are counted, not listed.
    expect(changeItems()).toHaveLength(6);
    expect(screen.getByText("2 clauses unchanged · 1 of them renumbered")).toBeInTheDocument();
    expect(within(tabs).getByRole("tab", { name: "Merged (0)" })).toBeDisabled();

    await user.click(within(tabs).getByRole("tab", { name: "Added (1)" }));
    expect(within(tabs).getByRole("tab", { name: "Added (1)" })).toHaveAttribute(
      "aria-selected",
      "true"
    );
    expect(screen.getByRole("tabpanel")).toHaveAccessibleName("Added (1)");
    expect(changeItems()).toHaveLength(1);
    expect(changeItems()[0]).toHaveTextContent(/^— → 7\.3\s*Added/);
    expect(within(changeItems()[0]).getByRole("insertion")).toHaveTextContent(
      /^The Supplier may change/
    );

    await user.click(within(tabs).getByRole("tab", { name: "Changed (2)" }));
    expect(changeItems().map((item) => within(item).getByRole("button"))).toEqual([
      screen.getByRole("button", { name: /^5\.2 → 6\.1/ }),
      screen.getByRole("button", { name: /^12 → 12/ }),
    ]);

    await user.click(within(tabs).getByRole("tab", { name: "All (6)" }));
    expect(changeItems()).toHaveLength(6);
  });

  it("shows each change as a compact redline", () => {
    renderView();
    const notice = screen.getByRole("button", { name: /^5\.2 → 6\.1/ });
    expect(notice).toHaveAccessibleName(/Changed\s*Renumbered$/);
    // The redline and topics are the item's readable content, beside its header button.
    const noticeItem = notice.parentElement!;
    expect(noticeItem).toHaveTextContent("Topics: Cancellation notice");
    const del = within(noticeItem).getByRole("deletion");
    const ins = within(noticeItem).getByRole("insertion");
    expect(del.tagName).toBe("DEL");
    expect(del).toHaveTextContent(/^30$/);
    expect(ins.tagName).toBe("INS");
    expect(ins).toHaveTextContent(/^90$/);
    // Screen readers hear what each change is; the description is the redline alone.
    expect(notice).toHaveAccessibleDescription(
      "The Customer may cancel this Agreement by giving deleted: 30 inserted: 90 days' written notice."
    );

    // A long unchanged run keeps about 40 characters beside the change.
    const law = screen.getByRole("button", { name: /^12 → 12/ });
    expect(law).toHaveAccessibleName(/^12 → 12\s*Changed\s*Moved$/);
    const lawItem = law.parentElement!;
    const redline = lawItem.querySelector("[lang]")!;
    expect(redline).toHaveAttribute("lang", "en");
    expect(redline.textContent).toMatch(
      /^…\s*\(unchanged text left out\)\s*shall be governed by the laws of deleted:/
    );
    expect(redline.textContent).not.toContain("This Agreement and any dispute");
    expect(within(lawItem).getByRole("deletion")).toHaveTextContent(
      "the People's Republic of China"
    );
    expect(within(lawItem).getByRole("insertion")).toHaveTextContent("Singapore");

    // A removed clause is struck through and not selectable: it is not in the open document.
    const removed = changeItems().find((item) => item.textContent!.startsWith("8.1 → —"))!;
    expect(within(removed).getByRole("deletion")).toHaveTextContent(/^Each party's liability/);
    expect(within(removed).queryByRole("button")).not.toBeInTheDocument();
  });

  it("selects the clause of a change on click or Enter", async () => {
    const { comparison, onSelect, user } = renderView();
    await user.click(screen.getByRole("button", { name: /^5\.2 → 6\.1/ }));
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect.mock.calls[0][0]).toBe(comparison.alignments[1]);

    screen.getByRole("button", { name: /^10 → 10\.1, 10\.2/ }).focus();
    await user.keyboard("{Enter}");
    expect(onSelect).toHaveBeenCalledTimes(2);
    expect(onSelect.mock.calls[1][0]).toBe(comparison.alignments[5]);
    await user.keyboard(" ");
    expect(onSelect).toHaveBeenCalledTimes(3);
  });

  it("compares with a picked .docx, or with our standard wording", async () => {
    const { onCompareFile, onCompareStandard, user } = renderView({ comparison: null });
    expect(screen.getByText(/never uploaded/)).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Risk changes" })).not.toBeInTheDocument();

    const input = screen.getByLabelText<HTMLInputElement>("Word document to compare with (.docx)");
    expect(input).toHaveAttribute("type", "file");
    expect(input.accept).toContain(".docx");
    const click = jest.spyOn(input, "click");
    await user.click(screen.getByRole("button", { name: "Compare with…" }));
    expect(click).toHaveBeenCalled();

    const file = new File(["PK…"], "earlier-draft.docx", {
      type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    });
    await user.upload(input, file);
    expect(onCompareFile).toHaveBeenCalledTimes(1);
    expect(onCompareFile.mock.calls[0][0]).toBe(file);
    // Cleared: picking the same file again compares again.
    expect(input.value).toBe("");

    await user.click(screen.getByRole("button", { name: "Compare with our standard wording" }));
    expect(onCompareStandard).toHaveBeenCalledTimes(1);
  });

  it("shows a spinner and blocks the actions while busy", async () => {
    const { onCompareStandard, onInsertSummary, user } = renderView({ busy: true });
    expect(screen.getByRole("progressbar", { name: "Comparing…" })).toBeInTheDocument();
    for (const name of [
      "Compare with…",
      "Compare with our standard wording",
      "Insert summary table at end",
      "Export as HTML",
    ]) {
      expect(screen.getByRole("button", { name })).toHaveAttribute("aria-disabled", "true");
    }
    await user.click(screen.getByRole("button", { name: "Compare with our standard wording" }));
    await user.click(screen.getByRole("button", { name: "Insert summary table at end" }));
    expect(onCompareStandard).not.toHaveBeenCalled();
    expect(onInsertSummary).not.toHaveBeenCalled();
  });

  it("inserts the summary and exports HTML, naming what it is doing", async () => {
    const { onInsertSummary, onExportHtml, user, update } = renderView();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    const actions = screen.getByRole("group", { name: "Comparison summary" });
    await user.click(within(actions).getByRole("button", { name: "Export as HTML" }));
    expect(onExportHtml).toHaveBeenCalledTimes(1);
    update({ busy: true });
    expect(screen.getByRole("progressbar", { name: "Exporting…" })).toBeInTheDocument();
    update({ busy: false });
    await user.click(within(actions).getByRole("button", { name: "Insert summary table at end" }));
    expect(onInsertSummary).toHaveBeenCalledTimes(1);
    update({ busy: true });
    expect(screen.getByRole("progressbar", { name: "Inserting the summary…" })).toBeInTheDocument();
  });

  it("explains why comparing is blocked", async () => {
    const { onCompareStandard, user } = renderView({
      comparison: null,
      blockedReason: "This version of Word cannot read the document.",
    });
    const standard = screen.getByRole("button", { name: "Compare with our standard wording" });
    expect(standard).toHaveAttribute("aria-disabled", "true");
    expect(standard).toHaveAccessibleDescription("This version of Word cannot read the document.");
    await user.click(standard);
    expect(onCompareStandard).not.toHaveBeenCalled();
  });

  it("offers Word's own comparison only when the host can do it", () => {
    renderView();
    expect(screen.queryByRole("region", { name: "Word's own comparison" })).not.toBeInTheDocument();
    expect(screen.queryByText(/Word's own/)).not.toBeInTheDocument();
  });

  it("runs Word's own comparison with the typed path", async () => {
    const onWordCompare = jest.fn<void | Promise<void>, [string]>();
    const { user } = renderView({ onWordCompare });
    const section = screen.getByRole("region", { name: "Word's own comparison" });
    const button = within(section).getByRole("button", { name: "Compare in Word" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    const path = within(section).getByRole("textbox", { name: "Full path of the other document" });
    // As Explorer's "Copy as path" gives it, in quotes.
    await user.type(path, '"C:\\Contracts\\draft 1.docx"');
    await user.click(button);
    expect(onWordCompare).toHaveBeenCalledWith("C:\\Contracts\\draft 1.docx");
    await user.type(path, "{Enter}");
    expect(onWordCompare).toHaveBeenCalledTimes(2);
  });

  it("speaks Chinese", async () => {
    const comparison = chineseComparison();
    const onWordCompare = jest.fn();
    const { onSelect, user } = renderView({ comparison, against: null, onWordCompare }, "zh-CN");
    expect(screen.getByRole("heading", { name: "与我方标准文本比较" })).toBeInTheDocument();
    const risk = screen.getByRole("region", { name: "风险变化" });
    const worse = within(risk).getByRole("list", {
      name: "对客户不利的变化（1 项），最严重的在前",
    });
    const [item] = within(worse).getAllByRole("listitem");
    expect(item).toHaveTextContent(/^解约通知期高/);
    const [topic] = comparison.topics;
    expect(item).toHaveTextContent(describeChange(topic.changes[0], "zh", "解约通知期"), {
      normalizeWhitespace: true,
    });
    expect(item).toHaveTextContent("符合 → 偏离");
    await user.click(within(item).getByRole("button", { name: "转到条款：解约通知期" }));
    expect(onSelect.mock.calls[0][0]).toBe(comparison.alignments[0]);

    const tabs = screen.getByRole("tablist", { name: "按变化类型显示" });
    expect(within(tabs).getByRole("tab", { name: "修改（1）" })).toBeInTheDocument();
    await user.click(within(tabs).getByRole("tab", { name: "新增（1）" }));
    expect(changeItems()).toHaveLength(1);
    await user.click(within(tabs).getByRole("tab", { name: "全部（2）" }));

    const change = screen.getByRole("button", { name: /^第五条 → 第六条\s*修改\s*重新编号$/ });
    const changeItem = change.parentElement!;
    expect(within(changeItem).getByRole("deletion")).toHaveTextContent(/^30$/);
    expect(within(changeItem).getByRole("insertion")).toHaveTextContent(/^90$/);
    expect(change).toHaveAccessibleDescription(
      /^甲方可提前\s*删除：\s*30\s*插入：\s*90\s*日书面通知解除本合同。$/
    );
    expect(changeItem.querySelector("[lang]")).toHaveAttribute("lang", "zh-CN");

    expect(screen.getByRole("button", { name: "与文件比较…" })).toBeInTheDocument();
    expect(screen.getByLabelText("用于比较的 Word 文档（.docx）")).toHaveAttribute("type", "file");
    expect(screen.getByRole("button", { name: "在文末插入摘要表" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "导出为 HTML" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Word 自带的比较" })).toBeInTheDocument();
  });

  it("has no axe violations", async () => {
    // axe measures icon ligatures on a canvas, which jsdom lacks (and logs as an error).
    jest.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
    renderView({ onWordCompare: jest.fn(), blockedReason: null });
    // Colour contrast needs layout, which jsdom does not do.
    const { violations } = await axe.run(document.body, {
      rules: { "color-contrast": { enabled: false } },
    });
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(", ")}`)).toEqual([]);
  });
});

describe("compact redline", () => {
  it("keeps about 40 characters of unchanged text beside a change, whole English words", () => {
    const before = "word ".repeat(30);
    const after = " and more ".repeat(10);
    const pieces = compactDiff([
      { kind: "equal", text: before },
      { kind: "delete", text: "30" },
      { kind: "insert", text: "90" },
      { kind: "equal", text: after },
    ]);
    expect(pieces.map((p) => p.kind)).toEqual(["gap", "equal", "delete", "insert", "equal", "gap"]);
    const [, head, , , tail] = pieces as { text: string }[];
    expect(head.text.length).toBeLessThanOrEqual(40);
    expect(head.text.length).toBeGreaterThan(30);
    expect(head.text).toMatch(/^word /);
    expect(tail.text.length).toBeLessThanOrEqual(41);
    expect(tail.text).toMatch(/ $/);
  });

  it("cuts Chinese anywhere, and a long run between two changes in the middle", () => {
    const middle = "甲".repeat(100);
    const pieces = compactDiff([
      { kind: "delete", text: "三十" },
      { kind: "equal", text: middle },
      { kind: "insert", text: "九十" },
    ]);
    expect(pieces).toEqual([
      { kind: "delete", text: "三十" },
      { kind: "equal", text: "甲".repeat(40) },
      { kind: "gap" },
      { kind: "equal", text: "甲".repeat(40) },
      { kind: "insert", text: "九十" },
    ]);
    // Short runs stay whole.
    const short = [
      { kind: "equal" as const, text: "甲方可提前" },
      { kind: "delete" as const, text: "30" },
    ];
    expect(compactDiff(short)).toEqual(short);
  });
});
