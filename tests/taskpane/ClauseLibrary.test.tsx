/** The clause library browser by role: search, choose, preview with the playbook's numbers, insert. */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Language, Playbook } from "../../src/engine/types";
import { translator, type UiLanguage } from "../../src/i18n";
import { defaultPlaybook } from "../../src/library";
import type { PaneStore } from "../../src/state";
import {
  ClauseLibrary,
  type ClauseLibraryProps,
} from "../../src/taskpane/components/ClauseLibrary";
import { PaneProvider } from "../../src/taskpane/PaneContext";

/** The default playbook with a 45-day renewal reminder instead of 30. */
const playbook: Playbook = {
  ...defaultPlaybook,
  topics: defaultPlaybook.topics.map((topic) =>
    topic.id === "term-renewal"
      ? { ...topic, position: { ...topic.position, minReminderDays: 45 } }
      : topic
  ),
};

function renderLibrary(props: Partial<ClauseLibraryProps> = {}, ui: UiLanguage = "en-US") {
  const onInsert = jest.fn<void | Promise<void>, [string, Language, string]>();
  const uiLanguage: Language = ui === "zh-CN" ? "zh" : "en";
  render(
    <FluentProvider theme={webLightTheme}>
      {/* The library is props-driven and never reads the store: only the translator is needed. */}
      <PaneProvider value={{ store: undefined as unknown as PaneStore, t: translator(ui) }}>
        <ClauseLibrary
          playbook={playbook}
          documentLanguage="zh"
          uiLanguage={uiLanguage}
          insertBlockedReason={null}
          onInsert={onInsert}
          {...props}
        />
      </PaneProvider>
    </FluentProvider>
  );
  return { onInsert };
}

const results = () =>
  within(screen.getByRole("list", { name: "Matching clauses" })).getAllByRole("button");

describe("clause library", () => {
  it("narrows the list as a query is typed, and announces the count", async () => {
    renderLibrary();
    const library = screen.getByRole("region", { name: "Clause library" });
    expect(results()).toHaveLength(27);
    expect(within(library).getByText("27 clauses")).toHaveAttribute("aria-live", "polite");

    await userEvent.type(screen.getByRole("searchbox", { name: "Search clauses" }), "续约");
    expect(results().length).toBeLessThan(27);
    // Each result is named by its title and described by the clause's first line (document language).
    expect(results()[0]).toHaveAccessibleName("Term and automatic renewal");
    expect(results()[0]).toHaveAccessibleDescription("本协议期限届满即终止。");
    expect(within(library).getByText(`${results().length} clauses`)).toBeInTheDocument();

    await userEvent.clear(screen.getByRole("searchbox", { name: "Search clauses" }));
    await userEvent.type(screen.getByRole("searchbox", { name: "Search clauses" }), "auto renewal");
    expect(results()).toHaveLength(1);
    expect(within(library).getByText("1 clause")).toBeInTheDocument();

    await userEvent.type(screen.getByRole("searchbox", { name: "Search clauses" }), " xyzzy");
    expect(screen.queryByRole("list", { name: "Matching clauses" })).not.toBeInTheDocument();
    expect(within(library).getByText("No clause matches the search.")).toBeInTheDocument();
  });

  it("previews the chosen clause with the playbook's numbers, in the document's language first", async () => {
    renderLibrary();
    expect(screen.queryByRole("button", { name: "Insert at cursor" })).not.toBeInTheDocument();
    await userEvent.type(screen.getByRole("searchbox", { name: "Search clauses" }), "term-renewal");
    await userEvent.click(results()[0]);

    expect(results()[0]).toHaveAttribute("aria-pressed", "true");
    const preview = screen.getByRole("region", { name: "Preview: Term and automatic renewal" });
    expect(within(preview).getByRole("radio", { name: "Chinese" })).toBeChecked();
    expect(preview).toHaveTextContent("乙方应于期满前至少45日书面提醒甲方");

    await userEvent.click(within(preview).getByRole("radio", { name: "English" }));
    expect(preview).toHaveTextContent("at least 45 days before expiry");
    expect(preview).not.toHaveTextContent("乙方");
  });

  it("inserts the rendered clause in the chosen language", async () => {
    const { onInsert } = renderLibrary({ documentLanguage: "en" });
    await userEvent.type(screen.getByRole("searchbox", { name: "Search clauses" }), "续约");
    await userEvent.click(screen.getByRole("button", { name: "Term and automatic renewal" }));
    const preview = screen.getByRole("region", { name: /^Preview/ });
    expect(within(preview).getByRole("radio", { name: "English" })).toBeChecked();

    const insert = within(preview).getByRole("button", { name: "Insert at cursor" });
    expect(insert).toHaveAccessibleDescription(/replaces it as a tracked change/);
    await userEvent.click(insert);
    expect(onInsert).toHaveBeenCalledTimes(1);
    const [text, language, topic] = onInsert.mock.calls[0];
    expect([language, topic]).toEqual(["en", "term-renewal"]);
    expect(text).toMatch(/^This Agreement expires at the end of the Term/);
    expect(text).toContain("at least 45 days before expiry");

    await userEvent.click(within(preview).getByRole("radio", { name: "Chinese" }));
    await userEvent.click(insert);
    expect(onInsert).toHaveBeenLastCalledWith(
      expect.stringContaining("至少45日书面提醒"),
      "zh",
      "term-renewal"
    );
  });

  it("shows why inserting is blocked and does not insert", async () => {
    const { onInsert } = renderLibrary({ insertBlockedReason: "The document is read-only." });
    await userEvent.click(results()[0]);
    const insert = screen.getByRole("button", { name: "Insert at cursor" });
    expect(insert).toHaveAttribute("aria-disabled", "true");
    expect(insert).toHaveAccessibleDescription(/^The document is read-only\./);
    expect(screen.getByText("The document is read-only.")).toBeVisible();
    await userEvent.click(insert);
    expect(onInsert).not.toHaveBeenCalled();
  });

  it("disables the button while an insertion is under way", async () => {
    let finish = () => {};
    const { onInsert } = renderLibrary();
    onInsert.mockImplementation(() => new Promise<void>((resolve) => (finish = resolve)));
    await userEvent.click(results()[0]);
    await userEvent.click(screen.getByRole("button", { name: "Insert at cursor" }));
    const busy = screen.getByRole("button", { name: "Inserting…" });
    expect(busy).toHaveAttribute("aria-disabled", "true");
    await userEvent.click(busy);
    expect(onInsert).toHaveBeenCalledTimes(1);
    await React.act(async () => finish());
    expect(screen.getByRole("button", { name: "Insert at cursor" })).not.toHaveAttribute(
      "aria-disabled",
      "true"
    );
  });

  it("works from the keyboard", async () => {
    const { onInsert } = renderLibrary({ documentLanguage: "en" });
    await userEvent.tab();
    expect(screen.getByRole("searchbox", { name: "Search clauses" })).toHaveFocus();
    await userEvent.keyboard("data export");
    await userEvent.tab();
    expect(results()[0]).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    const preview = screen.getByRole("region", { name: "Preview: Data export and exit" });
    within(preview).getByRole("button", { name: "Insert at cursor" }).focus();
    await userEvent.keyboard("{Enter}");
    expect(onInsert).toHaveBeenCalledWith(expect.any(String), "en", "data-export");
  });

  it("speaks Chinese and finds Traditional characters", async () => {
    renderLibrary({}, "zh-CN");
    const search = screen.getByRole("searchbox", { name: "搜索条款" });
    await userEvent.type(search, "續約");
    const list = within(screen.getByRole("list", { name: "匹配的条款" })).getAllByRole("button");
    expect(list[0]).toHaveAccessibleName("合同期限与自动续约");
    expect(screen.getByText(`共 ${list.length} 条条款`)).toBeInTheDocument();
    await userEvent.click(list[0]);
    expect(screen.getByRole("region", { name: "预览：合同期限与自动续约" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "在光标处插入" })).toBeInTheDocument();
  });
});
