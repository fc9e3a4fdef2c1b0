/**
 * The pane shell as a keyboard and screen-reader user meets it: landmarks, views as tabs, the
 * language switch, focus after a review and after acting on a finding, errors with what to do next,
 * and the review exported.
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { translator, type UiLanguage } from "../../src/i18n";
import { defaultPlaybook, libraryWording } from "../../src/library";
import { createPaneStore } from "../../src/state";
import { App } from "../../src/taskpane/components/App";
import { LANGUAGE_STORAGE_KEY } from "../../src/taskpane/languagePreference";
import { PaneProvider } from "../../src/taskpane/PaneContext";
import { createFakeWord, FakeDocument } from "../../src/workbench/fakeWord";
import { createOfficeHost } from "../../src/word";
import type { DocumentHost } from "../../src/word/documentHost";

const LINES = [
  "5.2 This Agreement shall automatically renew for successive one (1) year terms unless Customer gives notice at least ninety (90) days prior to expiry.",
  "8.1 Vendor will respond to urgent faults within forty-eight (48) hours.",
  "20.1 This Agreement is governed by the laws of the State of California.",
];

function renderPane(
  language: UiLanguage = "en-US",
  {
    lines = LINES,
    api = "1.7",
    wrap,
  }: { lines?: string[]; api?: "1.3" | "1.7"; wrap?: (h: DocumentHost) => DocumentHost } = {}
) {
  const doc = FakeDocument.fromParagraphs(lines);
  const fake = createFakeWord(doc, { apiVersion: api });
  let host: DocumentHost = createOfficeHost(fake.Word as unknown as typeof Word, {
    wordApi: api,
    displayLanguage: language,
  });
  if (wrap) host = wrap(host);
  const store = createPaneStore({ host, playbook: defaultPlaybook, wording: libraryWording });
  const ui = () => (
    <FluentProvider theme={webLightTheme}>
      <PaneProvider value={{ store, t: translator(language) }}>
        <App uiLanguage={language === "zh-CN" ? "zh" : "en"} />
      </PaneProvider>
    </FluentProvider>
  );
  const view = render(ui());
  return { doc, store, view, ui };
}

async function review() {
  await userEvent.click(screen.getByRole("button", { name: /Review document|审查文档/ }));
  await screen.findByText(/findings · .* topics checked/);
}

/** A blob's text (jsdom's Blob has no text()). */
function read(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

beforeEach(() => localStorage.clear());
jest.setTimeout(15_000);

describe("pane shell", () => {
  it("has a header, a main region and the views as tabs in a navigation landmark", () => {
    renderPane();
    expect(screen.getByRole("banner")).toHaveTextContent("Contract Clause Review");
    expect(screen.getByRole("main")).toBeInTheDocument();
    const nav = screen.getByRole("navigation", { name: "Views" });
    const tabs = within(nav).getAllByRole("tab");
    const names = ["Overview", "Findings", "Appendices", "Compare", "Clause library", "Settings"];
    expect(tabs).toEqual(names.map((name) => within(nav).getByRole("tab", { name })));
    expect(tabs[0]).toHaveAttribute("aria-selected", "true");
    // Every panel is labelled by its tab, and the tab says which panel it controls.
    for (const tab of tabs) {
      const panel = document.getElementById(tab.getAttribute("aria-controls")!)!;
      expect(panel).toHaveAttribute("role", "tabpanel");
      expect(panel).toHaveAttribute("aria-labelledby", tab.id);
    }
    expect(screen.getByRole("tabpanel", { name: "Overview" })).toBeVisible();
    expect(document.querySelector('[lang="en"]')).toBe(screen.getByRole("banner").parentElement);
  });

  // The arrow keys between tabs are Fluent's (tabster), which needs a real layout: tests/e2e/a11y.test.ts.
  it("keeps a view's state when coming back to it", async () => {
    renderPane();
    await userEvent.click(screen.getByRole("tab", { name: "Clause library" }));
    const search = await screen.findByRole("searchbox", { name: "Search clauses" });
    await userEvent.type(search, "renewal");
    await userEvent.click(screen.getByRole("tab", { name: "Settings" }));
    expect(screen.getByRole("tab", { name: "Settings" })).toHaveAttribute("aria-selected", "true");
    expect(screen.queryByRole("searchbox", { name: "Search clauses" })).toBeNull();
    await userEvent.click(screen.getByRole("tab", { name: "Clause library" }));
    expect(screen.getByRole("searchbox", { name: "Search clauses" })).toHaveValue("renewal");
  });

  it("moves focus to the summary after a review", async () => {
    renderPane();
    await userEvent.click(screen.getByRole("button", { name: "Review document" }));
    await waitFor(() =>
      expect(document.activeElement).toHaveTextContent("3 findings · 27 topics checked")
    );
    expect(document.activeElement).toHaveAttribute("role", "status");
  });

  it("switches language live, remembers the choice, and can follow Office again", async () => {
    const { view, ui } = renderPane();
    const picker = screen.getByRole("combobox", { name: "Language" });
    await userEvent.selectOptions(picker, "zh-CN");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("合同条款审查");
    expect(screen.getByRole("tab", { name: "审查发现" })).toBeInTheDocument();
    expect(screen.getByRole("banner").parentElement).toHaveAttribute("lang", "zh-CN");
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("zh-CN");

    // Opened again (a new pane): still Chinese.
    view.unmount();
    render(ui());
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("合同条款审查");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "语言" }), "auto");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Contract Clause Review");
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
  });

  it("opens the Appendices view when a topic's appendix is asked for", async () => {
    renderPane("en-US", { lines: ["1. The Vendor provides the CRM service."] });
    await review();
    await userEvent.click(screen.getByRole("tab", { name: "Findings" }));
    const topics = screen.getByRole("region", { name: "Playbook topics" });
    await userEvent.click(within(topics).getAllByRole("button", { name: "SLA Appendix…" })[0]);
    expect(screen.getByRole("tab", { name: "Appendices" })).toHaveAttribute(
      "aria-selected",
      "true"
    );
    expect(
      await screen.findByRole("heading", { name: "Service level appendix (SLA)" })
    ).toBeVisible();
  });

  it("shows the findings when Next finding is used from another view", async () => {
    renderPane();
    await review();
    await userEvent.click(screen.getByRole("tab", { name: "Compare" }));
    await userEvent.click(screen.getByRole("button", { name: "Next finding" }));
    expect(screen.getByRole("tab", { name: "Findings" })).toHaveAttribute("aria-selected", "true");
    await waitFor(() =>
      expect(document.querySelector('[data-finding][aria-current="true"]')).not.toBeNull()
    );
  });

  it("keeps focus on the card after applying, and on the next card after dismissing", async () => {
    renderPane();
    await review();
    await userEvent.click(screen.getByRole("tab", { name: "Findings" }));
    const cards = () => Array.from(document.querySelectorAll<HTMLElement>("[data-finding]"));
    const [first, second] = cards();
    const firstId = first.dataset.finding;

    await userEvent.click(within(first).getByRole("button", { name: "Apply suggestion" }));
    await screen.findByText(/Suggestion applied as a tracked change/);
    await waitFor(() =>
      expect(document.activeElement?.closest("[data-finding]")?.getAttribute("data-finding")).toBe(
        firstId
      )
    );

    const secondId = second.dataset.finding;
    await userEvent.click(within(cards()[0]).getByRole("button", { name: "Dismiss finding" }));
    await waitFor(() => expect(cards().map((c) => c.dataset.finding)).not.toContain(firstId));
    await waitFor(() =>
      expect(document.activeElement?.getAttribute("data-finding")).toBe(secondId)
    );
  });

  it("says what to do next when the review fails, and offers to try again", async () => {
    let fail = true;
    const { store } = renderPane("en-US", {
      wrap: (host) => ({
        ...host,
        reviewAndHighlight: (decide) =>
          fail
            ? Promise.reject(new Error("The document is locked."))
            : host.reviewAndHighlight(decide),
      }),
    });
    await userEvent.click(screen.getByRole("button", { name: "Review document" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "The review could not read the document: The document is locked. Check that the document is open"
    );
    fail = false;
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(store.getState().status).toBe("reviewed"));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("exports the review as an HTML file and copies it as a table", async () => {
    renderPane();
    await review();
    await userEvent.click(screen.getByRole("tab", { name: "Findings" }));

    const blobs: Blob[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:report";
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    await userEvent.click(screen.getByRole("button", { name: "Export report (HTML)" }));
    expect(clicked).toHaveBeenCalled();
    const html = await read(blobs[0]);
    expect(html).toContain("<h1>Contract review report</h1>");
    expect(html).not.toContain("<script");
    expect(screen.getByRole("toolbar", { name: "Export" }).parentElement).toHaveTextContent(
      "Report saved as “contract-review.html”"
    );

    const written: Array<Record<string, Blob>> = [];
    class FakeClipboardItem {
      constructor(readonly items: Record<string, Blob>) {
        written.push(items);
      }
    }
    Object.assign(globalThis, { ClipboardItem: FakeClipboardItem });
    Object.defineProperty(navigator, "clipboard", {
      configurable: true,
      value: { write: jest.fn(async () => {}), writeText: jest.fn(async () => {}) },
    });
    // fireEvent, not userEvent: user-event puts its own clipboard stub on navigator at each call.
    fireEvent.click(screen.getByRole("button", { name: "Copy as table" }));
    const actions = screen.getByRole("toolbar", { name: "Export" }).parentElement!;
    await waitFor(() => expect(actions).toHaveTextContent("Table copied"));
    expect(Object.keys(written[0]).sort()).toEqual(["text/html", "text/plain"]);
    const text = await read(written[0]["text/plain"]);
    expect(text.split("\n")[0]).toBe(
      "No.\tSeverity\tTopic\tParagraph\tFinding\tClause text\tSuggested wording"
    );
    clicked.mockRestore();
  });

  it("shows the phase of a running review", async () => {
    let release: () => void = () => {};
    const { store } = renderPane("en-US", {
      wrap: (host) => ({
        ...host,
        reviewAndHighlight: async (decide) => {
          await new Promise<void>((r) => (release = r));
          return host.reviewAndHighlight(decide);
        },
      }),
    });
    act(() => void store.getState().runReview());
    expect(await screen.findByRole("progressbar", { name: "Review progress" })).toBeInTheDocument();
    expect(screen.getByText("Reading the document…")).toBeInTheDocument();
    expect(screen.getByRole("main")).toHaveAttribute("aria-busy", "true");
    await act(async () => release());
    await waitFor(() => expect(store.getState().status).toBe("reviewed"));
    expect(screen.queryByRole("progressbar")).toBeNull();
  });
});
