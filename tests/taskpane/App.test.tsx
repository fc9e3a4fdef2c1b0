/** The task pane by role, over the in-memory Word, as a lawyer clicks through it. */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { translator, type UiLanguage } from "../../src/i18n";
import { defaultPlaybook, libraryWording } from "../../src/library";
import { createPaneStore } from "../../src/state";
import { App } from "../../src/taskpane/components/App";
import { PaneProvider } from "../../src/taskpane/PaneContext";
import { createFakeWord, FakeDocument } from "../../src/workbench/fakeWord";
import { createOfficeHost } from "../../src/word";

const LINES = [
  "5.2 This Agreement shall automatically renew for successive one (1) year terms unless Customer gives notice at least ninety (90) days prior to expiry.",
  "8.1 Vendor will respond to urgent faults within forty-eight (48) hours.",
  "20.1 This Agreement is governed by the laws of the State of California.",
];

function renderPane(language: UiLanguage = "en-US", lines = LINES) {
  const doc = FakeDocument.fromParagraphs(lines);
  const fake = createFakeWord(doc, { apiVersion: "1.3" });
  const host = createOfficeHost(fake.Word as unknown as typeof Word, {
    wordApi: "1.3",
    displayLanguage: language,
  });
  const store = createPaneStore({ host, playbook: defaultPlaybook, wording: libraryWording });
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneProvider value={{ store, t: translator(language) }}>
        <App uiLanguage={language === "zh-CN" ? "zh" : "en"} />
      </PaneProvider>
    </FluentProvider>
  );
  return { doc, store };
}

/** Opens a view by its tab, as a click would. */
async function openView(name: string) {
  await userEvent.click(screen.getByRole("tab", { name }));
}

beforeEach(() => localStorage.clear());

describe("task pane", () => {
  it("reviews on click and lists the findings with the numbers read", async () => {
    renderPane();
    expect(screen.getByRole("button", { name: "Clear highlights" })).toBeDisabled();
    await userEvent.click(screen.getByRole("button", { name: "Review document" }));
    expect(await screen.findByRole("status")).toHaveTextContent(
      "3 findings · 27 topics checked · 3 paragraphs"
    );
    await openView("Findings");
    const findings = within(screen.getByRole("region", { name: "Findings" })).getAllByRole(
      "listitem"
    );
    expect(findings).toHaveLength(3);
    expect(findings[0]).toHaveTextContent(
      "cancellation notice: 90 days; playbook: at most 30 days"
    );
    expect(screen.getByRole("button", { name: "Review again" })).toBeEnabled();
  });

  it("selects the clause in the document when a finding is chosen", async () => {
    const { doc } = renderPane();
    await userEvent.click(screen.getByRole("button", { name: "Review document" }));
    await screen.findByRole("status");
    await openView("Findings");
    const law = await screen.findByText(/Governing law: State of California/);
    await userEvent.click(law);
    expect(doc.selection.start.paragraph).toBe(2);
  });

  it("shows each checked topic's verdict, and the clause to add for a missing one", async () => {
    renderPane("en-US", ["1. The Vendor provides the CRM service."]);
    await userEvent.click(screen.getByRole("button", { name: "Review document" }));
    await screen.findByRole("status");
    await openView("Findings");
    const topics = within(
      await screen.findByRole("region", { name: "Playbook topics" })
    ).getAllByRole("listitem");
    expect(topics).toHaveLength(27);
    expect(topics[0]).toHaveTextContent(/^Term and automatic renewalMissing/);
    expect(topics.every((t) => /Missing/.test(t.textContent ?? ""))).toBe(true);
    // The clause to add is one click away, not a wall of text.
    expect(within(topics[0]).getByText(/expires at the end of the Term/)).not.toBeVisible();
    expect(screen.getByText("No risks found in the topics checked.")).toBeInTheDocument();
  });

  it("speaks Chinese when Office does", async () => {
    renderPane("zh-CN", ["第二十条 本协议适用新加坡法律。"]);
    await userEvent.click(screen.getByRole("button", { name: "审查文档" }));
    expect(await screen.findByRole("status")).toHaveTextContent("发现 1 个问题");
    await openView("审查发现");
    expect(
      screen.getByText("适用法律：新加坡；审查标准：适用中华人民共和国法律。")
    ).toBeInTheDocument();
  });
});
