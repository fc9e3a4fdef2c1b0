/** The appendix forms by role: edit the numbers and rows, watch the preview, insert. */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import axe from "axe-core";
import { fragmentParagraphs, type DocumentFragment } from "../../src/engine/fragment";
import type { Language } from "../../src/engine/types";
import { translator, type UiLanguage } from "../../src/i18n";
import { defaultScopeForm, defaultSlaForm } from "../../src/library/appendices";
import type { ScopeForm, SlaForm } from "../../src/library/appendices/types";
import type { PaneStore } from "../../src/state";
import {
  AppendixPanel,
  type AppendixPanelProps,
} from "../../src/taskpane/components/appendix/AppendixPanel";
import { PaneProvider } from "../../src/taskpane/PaneContext";

// The scope form has 14 feature rows and 6 phases of fields: role queries and re-renders are slow in
// jsdom, slower still when the suites run in parallel.
jest.setTimeout(30_000);

type InsertMock = jest.Mock<void | Promise<void>, [DocumentFragment, "cursor" | "end", Language]>;

function renderPanel(
  kind: "scope" | "sla",
  props: Partial<AppendixPanelProps> = {},
  ui: UiLanguage = "en-US"
) {
  const onInsert: InsertMock = jest.fn();
  const uiLanguage: Language = ui === "zh-CN" ? "zh" : "en";
  const documentLanguage = props.documentLanguage ?? uiLanguage;
  const initial: ScopeForm | SlaForm =
    kind === "sla" ? defaultSlaForm(documentLanguage) : defaultScopeForm(documentLanguage);
  render(
    <FluentProvider theme={webLightTheme}>
      {/* The panel is props-driven and never reads the store: only the translator is needed. */}
      <PaneProvider value={{ store: undefined as unknown as PaneStore, t: translator(ui) }}>
        <AppendixPanel
          kind={kind}
          initial={initial}
          documentLanguage={documentLanguage}
          uiLanguage={uiLanguage}
          insertBlockedReason={null}
          busy={false}
          onInsert={onInsert}
          {...props}
        />
      </PaneProvider>
    </FluentProvider>
  );
  return { onInsert, user: userEvent.setup() };
}

const preview = (name = "Preview") => screen.getByRole("region", { name });

/** The preview's table whose header has a column named like `column`, as rows of cell texts. */
function previewTable(column: RegExp, name = "Preview"): string[][] {
  const table = within(preview(name))
    .getAllByRole("table")
    .find((t) => within(t).queryAllByRole("columnheader", { name: column }).length > 0);
  if (!table) throw new Error(`no preview table with a ${column} column`);
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent ?? "")
    );
}

/** A fragment's table whose header has a column named like `column`. */
function fragmentTable(fragment: DocumentFragment, column: RegExp): string[][] {
  for (const block of fragment.blocks) {
    if (block.kind === "table" && block.header.some((h) => column.test(h))) return block.rows;
  }
  throw new Error(`no table with a ${column} column`);
}

const insertButtons = () => [
  screen.getByRole("button", { name: "Insert at cursor" }),
  screen.getByRole("button", { name: "Insert at end of document" }),
];

async function retype(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.clear(field);
  if (text) await user.type(field, text);
}

describe("SLA appendix form", () => {
  it("validates the defaults clean and previews 99.9 % in a real table", () => {
    renderPanel("sla");
    expect(screen.queryByText(/problems? to fix/)).not.toBeInTheDocument();
    for (const button of insertButtons()) expect(button).not.toHaveAttribute("aria-disabled");

    expect(
      within(preview()).getByRole("heading", { name: "Appendix 2: Service Level Agreement (SLA)" })
    ).toBeInTheDocument();
    const headers = within(preview()).getAllByRole("columnheader");
    expect(headers.length).toBeGreaterThan(0);
    for (const header of headers) expect(header).toHaveAttribute("scope", "col");
    const cells = within(preview())
      .getAllByRole("cell")
      .map((cell) => cell.textContent);
    expect(cells.some((text) => text?.includes("99.9%"))).toBe(true);
  });

  it("shows an out-of-range availability beside the field and disables Insert", async () => {
    const { onInsert, user } = renderPanel("sla");
    const availability = screen.getByRole("spinbutton", { name: "Monthly availability (%)" });
    await retype(user, availability, "120");

    expect(availability).toHaveAttribute("aria-invalid", "true");
    expect(availability).toHaveAccessibleDescription(
      expect.stringContaining("Availability must be between 90 and 100 %.")
    );
    const summary = screen.getByText("1 problem to fix");
    expect(summary).toHaveAttribute("aria-live", "polite");
    for (const button of insertButtons()) {
      expect(button).toHaveAttribute("aria-disabled", "true");
      expect(button).toHaveAccessibleDescription(expect.stringContaining("1 problem to fix"));
    }
    await user.click(insertButtons()[1]);
    expect(onInsert).not.toHaveBeenCalled();

    // An emptied field is an error, not a crash; the preview stays.
    await user.clear(availability);
    expect(availability).toHaveValue(null);
    expect(availability).toHaveAccessibleDescription(expect.stringContaining("Enter a number."));
    expect(within(preview()).getAllByRole("table").length).toBeGreaterThan(0);

    await user.type(availability, "99.95");
    expect(availability).not.toHaveAttribute("aria-invalid");
    expect(screen.queryByText(/problems? to fix/)).not.toBeInTheDocument();
    expect(insertButtons()[0]).not.toHaveAttribute("aria-disabled");
  });

  it("counts a problem in an untouched field, and an insert attempt shows it and goes to it", async () => {
    const { onInsert, user } = renderPanel("sla");
    // 99.8 % leaves the first credit tier (below 99.9 %) above the target.
    await retype(
      user,
      screen.getByRole("spinbutton", { name: "Monthly availability (%)" }),
      "99.8"
    );
    expect(screen.getByText("1 problem to fix")).toBeInTheDocument();
    const tier = within(screen.getByRole("group", { name: "Tier 1" })).getByRole("spinbutton", {
      name: "Availability below (%)",
    });
    expect(tier).not.toHaveAttribute("aria-invalid");

    await user.click(screen.getByRole("button", { name: "Insert at end of document" }));
    expect(onInsert).not.toHaveBeenCalled();
    expect(tier).toHaveAttribute("aria-invalid", "true");
    expect(tier).toHaveAccessibleDescription(
      expect.stringContaining("cannot start above the availability target of 99.8 %")
    );
    expect(tier).toHaveFocus();

    await retype(user, tier, "99.8");
    expect(screen.queryByText(/problems? to fix/)).not.toBeInTheDocument();
  });

  it("updates the preview's severity table when P1's response time changes", async () => {
    const { user } = renderPanel("sla");
    const p1Row = () => previewTable(/Response/).find((row) => row[0] === "P1")!;
    expect(p1Row()).toContain("Within 1 hour");

    await retype(user, screen.getByRole("spinbutton", { name: "P1 response time (hours)" }), "2");
    expect(p1Row()).toContain("Within 2 hours");
    expect(p1Row()).not.toContain("Within 1 hour");
  });

  it("adds and removes service-credit tiers and performance metrics", async () => {
    const { user } = renderPanel("sla");
    expect(previewTable(/credit/i)).toHaveLength(3);
    await user.click(screen.getByRole("button", { name: "Add a tier" }));
    // Focus goes to the new tier's first field; its defaults continue the tiers downwards.
    const added = screen.getByRole("group", { name: "Tier 4" });
    expect(within(added).getByRole("spinbutton", { name: "Availability below (%)" })).toHaveFocus();
    expect(screen.queryByText(/problems? to fix/)).not.toBeInTheDocument();
    expect(previewTable(/credit/i)).toHaveLength(4);

    await user.click(screen.getByRole("button", { name: "Remove 'tier below 99.5%'" }));
    expect(screen.getAllByRole("group", { name: /^Tier \d$/ })).toHaveLength(3);
    expect(
      previewTable(/credit/i)
        .map((row) => row.join(" "))
        .join("\n")
    ).not.toMatch(/99\.5%/);
    // Focus went to the next tier's remove button.
    expect(screen.getByRole("button", { name: "Remove 'tier below 99%'" })).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Add a metric" }));
    const metric = screen.getByRole("group", { name: "Metric 4: Row 4" });
    expect(within(metric).getByRole("textbox", { name: "Metric" })).toHaveFocus();
    expect(screen.getByText("2 problems to fix")).toBeInTheDocument();
    await user.type(within(metric).getByRole("textbox", { name: "Metric" }), "Report export");
    await user.type(within(metric).getByRole("textbox", { name: "Conditions" }), "Up to 1 GB");
    expect(screen.queryByText(/problems? to fix/)).not.toBeInTheDocument();
    expect(previewTable(/Metric/).map((row) => row[0])).toContain("Report export");

    await user.click(screen.getByRole("button", { name: "Remove 'Report export'" }));
    expect(previewTable(/Metric/).map((row) => row[0])).not.toContain("Report export");
  });

  it("inserts at the end with the edited numbers, the position and the appendix language", async () => {
    const { onInsert, user } = renderPanel("sla");
    await retype(user, screen.getByRole("spinbutton", { name: "P1 response time (hours)" }), "2");
    const tier = within(screen.getByRole("group", { name: "Tier 1" }));
    await retype(user, tier.getByRole("spinbutton", { name: "Availability below (%)" }), "99.8");
    await user.click(screen.getByRole("button", { name: "Insert at end of document" }));

    expect(onInsert).toHaveBeenCalledTimes(1);
    const [fragment, where, language] = onInsert.mock.calls[0];
    expect(where).toBe("end");
    expect(language).toBe("en");
    expect(fragment.tag).toBe("clauseReview.appendix.sla");
    const p1 = fragmentTable(fragment, /Response/).find((row) => row[0] === "P1");
    expect(p1).toContain("Within 2 hours");
    expect(fragmentTable(fragment, /credit/i)[0].join(" ")).toMatch(/99\.8%/);
  });

  it("switches the appendix language without translating what was typed", async () => {
    const { onInsert, user } = renderPanel("sla");
    const definition = within(screen.getByRole("group", { name: "P1" })).getByRole("textbox", {
      name: "Definition",
    });
    await retype(user, definition, "Whole system down");
    expect(
      screen.getByRole("radiogroup", { name: "Appendix language" })
    ).toHaveAccessibleDescription(expect.stringContaining("not translated"));

    await user.click(screen.getByRole("radio", { name: "Chinese" }));
    expect(
      within(preview()).getByRole("heading", { name: "附件二：服务等级协议（SLA）" })
    ).toBeInTheDocument();
    expect(previewTable(/响应/).find((row) => row[0] === "P1")).toContain("Whole system down");

    await user.click(screen.getByRole("button", { name: "Insert at cursor" }));
    expect(onInsert.mock.calls[0][1]).toBe("cursor");
    expect(onInsert.mock.calls[0][2]).toBe("zh");
  });

  it("keeps Insert disabled while busy, and says why inserting is blocked", async () => {
    const { onInsert, user } = renderPanel("sla", {
      busy: true,
      insertBlockedReason: "The document is read-only.",
    });
    expect(screen.getByText("The document is read-only.")).toBeInTheDocument();
    for (const button of insertButtons()) {
      expect(button).toHaveAttribute("aria-disabled", "true");
      expect(button).toHaveAccessibleDescription(
        expect.stringContaining("The document is read-only.")
      );
      await user.click(button);
    }
    expect(onInsert).not.toHaveBeenCalled();
  });

  it("reaches the fields in order with Tab, and inserts with Enter", async () => {
    const { onInsert, user } = renderPanel("sla");
    screen.getByRole("spinbutton", { name: "Appendix number" }).focus();
    await user.tab();
    expect(screen.getByRole("radio", { name: "English" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("spinbutton", { name: "Monthly availability (%)" })).toHaveFocus();
    await user.keyboard("{Backspace}{Backspace}{Backspace}{Backspace}99.95");
    await user.tab();
    expect(
      screen.getByRole("spinbutton", { name: "Maintenance, at most (hours a month)" })
    ).toHaveFocus();
    await user.tab();
    expect(
      screen.getByRole("spinbutton", { name: "Maintenance notice (hours ahead)" })
    ).toHaveFocus();
    await user.tab();
    expect(
      screen.getByRole("switch", { name: "Maintenance only outside business hours" })
    ).toHaveFocus();

    screen.getByRole("button", { name: "Insert at end of document" }).focus();
    await user.keyboard("{Enter}");
    expect(onInsert).toHaveBeenCalledTimes(1);
    expect(onInsert.mock.calls[0][1]).toBe("end");
    expect(fragmentParagraphs(onInsert.mock.calls[0][0]).join("\n")).toContain("99.95%");
  });

  it("speaks Chinese when the UI is Chinese", async () => {
    const { user } = renderPanel("sla", {}, "zh-CN");
    expect(screen.getByRole("heading", { name: "服务等级协议（SLA）附件" })).toBeInTheDocument();
    const availability = screen.getByRole("spinbutton", { name: "月度可用性（%）" });
    expect(screen.getByRole("spinbutton", { name: "P1 响应时间（小时）" })).toBeInTheDocument();
    expect(screen.getByRole("radiogroup", { name: "附件语言" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "在光标处插入" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "插入到文档末尾" })).toBeInTheDocument();
    expect(preview("预览")).toBeInTheDocument();

    await retype(user, availability, "120");
    expect(availability).toHaveAccessibleDescription(
      expect.stringContaining("可用性须在 90% 至 100% 之间。")
    );
    expect(screen.getByText("有 1 处需要修改")).toBeInTheDocument();
  });
});

describe("functional scope appendix form", () => {
  const modules = () => previewTable(/Module/).map((row) => row[1]);

  it("adds, removes and moves feature rows, and the preview's feature table follows", async () => {
    const { user } = renderPanel("scope");
    expect(screen.queryByText(/problems? to fix/)).not.toBeInTheDocument();
    expect(modules()).toHaveLength(14);
    expect(modules().slice(0, 2)).toEqual(["Lead management", "Accounts and contacts"]);

    const down = screen.getByRole("button", { name: "Move 'Lead management' down" });
    await user.click(down);
    expect(modules().slice(0, 2)).toEqual(["Accounts and contacts", "Lead management"]);
    expect(screen.getByRole("button", { name: "Move 'Lead management' down" })).toHaveFocus();
    expect(screen.getByRole("button", { name: "Move 'Accounts and contacts' up" })).toBeDisabled();

    await user.click(screen.getByRole("button", { name: "Move 'Lead management' up" }));
    expect(modules()[0]).toBe("Lead management");
    // At the top, "up" is disabled: focus moves to "down" on the same row.
    expect(screen.getByRole("button", { name: "Move 'Lead management' down" })).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Remove 'Accounts and contacts'" }));
    expect(modules()).toHaveLength(13);
    expect(modules()).not.toContain("Accounts and contacts");
    expect(
      screen.getByRole("button", { name: "Remove 'Opportunities and sales pipeline'" })
    ).toHaveFocus();

    // Unticked rows stay in the form but not in the appendix.
    const audit = screen.getByRole("group", { name: /: Audit log$/ });
    await user.click(within(audit).getByRole("checkbox", { name: "List in the appendix" }));
    expect(modules()).not.toContain("Audit log");

    await user.click(screen.getByRole("button", { name: "Add a feature" }));
    const module = screen.getByRole("group", { name: "Feature 14: Row 14" });
    expect(within(module).getByRole("textbox", { name: "Module" })).toHaveFocus();
    await user.keyboard("Telephony");
    expect(screen.getByText("1 problem to fix")).toBeInTheDocument();
    const added = screen.getByRole("group", { name: "Feature 14: Telephony" });
    await user.type(
      within(added).getByRole("textbox", { name: "Feature / description" }),
      "Click to call"
    );
    expect(screen.queryByText(/problems? to fix/)).not.toBeInTheDocument();
    expect(modules()).toHaveLength(13);
    expect(modules()[12]).toBe("Telephony");
  });

  it("charges a feature extra, renames a phase and inserts at the end", async () => {
    const { onInsert, user } = renderPanel("scope");
    const mobile = screen.getByRole("group", { name: /: Mobile app$/ });
    const fee = within(mobile).getByRole("spinbutton", { name: "Extra fee (CNY)" });
    expect(fee).toBeDisabled();
    await user.click(within(mobile).getByRole("radio", { name: "Extra cost" }));
    expect(fee).toBeEnabled();
    // The fee is now missing: counted, and shown once the field was touched.
    expect(screen.getByText("1 problem to fix")).toBeInTheDocument();
    await user.click(fee);
    await user.tab();
    expect(fee).toHaveAccessibleDescription(
      expect.stringContaining("State the fee of a feature that costs extra.")
    );
    await user.type(fee, "20000");
    expect(screen.queryByText(/problems? to fix/)).not.toBeInTheDocument();
    const row = previewTable(/Module/).find((cells) => cells[1] === "Mobile app")!;
    expect(row.join(" ")).toContain("CNY 20,000");

    // Renaming a phase renames it in the features delivered in it.
    const golive = screen.getByRole("group", { name: /^Phase \d: Go-live$/ });
    await retype(user, within(golive).getByRole("textbox", { name: "Phase" }), "Launch");
    expect(within(mobile).getByRole("combobox", { name: "Delivery phase" })).toHaveValue("Launch");
    expect(screen.queryByText(/problems? to fix/)).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Insert at end of document" }));
    const [fragment, where, language] = onInsert.mock.calls[0];
    expect([where, language]).toEqual(["end", "en"]);
    const inserted = fragmentTable(fragment, /Module/).find((cells) => cells[1] === "Mobile app")!;
    expect(inserted.join(" ")).toContain("CNY 20,000");
    expect(inserted.join(" ")).toContain("Launch");
  });
});

describe("appendix forms' accessibility", () => {
  it("has no axe violations, with errors shown and inserting blocked", async () => {
    const { user } = renderPanel("sla", { insertBlockedReason: "The document is read-only." });
    await retype(user, screen.getByRole("spinbutton", { name: "Monthly availability (%)" }), "120");
    // Colour contrast needs layout, which jsdom does not do.
    const { violations } = await axe.run(document.body, {
      rules: { "color-contrast": { enabled: false } },
    });
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(", ")}`)).toEqual([]);
  });
});
