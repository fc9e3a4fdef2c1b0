/** The playbook settings by role: open a topic, edit a number, switch a topic off, import, restore, export. */
import * as React from "react";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { translator, type UiLanguage } from "../../src/i18n";
import { defaultPlaybook, libraryWording } from "../../src/library";
import { createPaneStore, type PaneStore, type SettingsStorage } from "../../src/state";
import { PlaybookSettings } from "../../src/taskpane/components/settings/PlaybookSettings";
import { readFileText } from "../../src/taskpane/components/settings/readFileText";
import { PaneProvider } from "../../src/taskpane/PaneContext";
import { createFakeWord, FakeDocument } from "../../src/workbench/fakeWord";
import { createOfficeHost } from "../../src/word";

function memoryStorage(): SettingsStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

function renderSettings(language: UiLanguage = "en-US", storage = memoryStorage()) {
  const fake = createFakeWord(FakeDocument.fromParagraphs(["1. Services."]), { apiVersion: "1.3" });
  const host = createOfficeHost(fake.Word as unknown as typeof Word, {
    wordApi: "1.3",
    displayLanguage: language,
  });
  const store = createPaneStore({
    host,
    playbook: defaultPlaybook,
    wording: libraryWording,
    storage,
    partitionKey: "p",
  });
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <PaneProvider value={{ store, t: translator(language) }}>
        <PlaybookSettings uiLanguage={language === "zh-CN" ? "zh" : "en"} />
      </PaneProvider>
    </FluentProvider>
  );
  return { store, storage, container: view.container };
}

const position = (store: PaneStore, topic: string, key: string) =>
  store.getState().playbook.topics.find((t) => t.id === topic)!.position[key];
const enabled = (store: PaneStore, topic: string) =>
  store.getState().playbook.topics.find((t) => t.id === topic)!.enabled;

async function openTopic(name: string) {
  const button = screen.getByRole("button", { name });
  expect(button).toHaveAttribute("aria-expanded", "false");
  await userEvent.click(button);
  expect(button).toHaveAttribute("aria-expanded", "true");
  return screen.getByRole("group", { name });
}

describe("playbook settings", () => {
  it("lists every topic closed, each with a switch to check it", () => {
    renderSettings();
    const settings = screen.getByRole("region", { name: "Playbook settings" });
    const topics = within(
      within(settings).getByRole("list", { name: "Topics and positions" })
    ).getAllByRole("listitem");
    expect(topics).toHaveLength(27);
    expect(
      within(topics[0]).getByRole("switch", { name: "Check Term and automatic renewal" })
    ).toBeChecked();
    // Closed: the fields are not shown until the topic is opened.
    expect(screen.queryByRole("spinbutton")).not.toBeInTheDocument();
  });

  it("edits a number: saved when valid, the reason shown beside it when not", async () => {
    const { store, storage } = renderSettings();
    const group = await openTopic("Term and automatic renewal");
    const notice = within(group).getByRole("spinbutton", {
      name: "Longest notice to stop renewal (days)",
    });
    expect(notice).toHaveValue(30);

    await userEvent.clear(notice);
    await userEvent.type(notice, "120");
    expect(position(store, "term-renewal", "maxCancellationNoticeDays")).toBe(120);
    expect(notice).not.toHaveAttribute("aria-invalid", "true");
    expect(JSON.parse(storage.items.get("clauseReview.playbook.p")!).topics).toEqual([
      { id: "term-renewal", position: { maxCancellationNoticeDays: 120 } },
    ]);

    await userEvent.type(notice, "0");
    expect(notice).toHaveAttribute("aria-invalid", "true");
    expect(within(group).getByText("Must be from 0 to 365 days; found 1200.")).toBeInTheDocument();
    expect(position(store, "term-renewal", "maxCancellationNoticeDays")).toBe(120);

    await userEvent.clear(notice);
    expect(within(group).getByText("Enter a number.")).toBeInTheDocument();
    await userEvent.type(notice, "45");
    expect(notice).not.toHaveAttribute("aria-invalid", "true");
    expect(position(store, "term-renewal", "maxCancellationNoticeDays")).toBe(45);
  });

  it("sets a choice, a yes/no and a list", async () => {
    const { store } = renderSettings();
    const payment = await openTopic("Payment terms");
    await userEvent.click(within(payment).getByRole("radio", { name: "Monthly" }));
    expect(position(store, "payment-terms", "paymentPeriod")).toBe("month");
    const refund = within(payment).getByRole("switch", {
      name: "Unused prepaid fees refunded on termination",
    });
    await userEvent.click(refund);
    expect(position(store, "payment-terms", "refundUnusedPrepaid")).toBe(false);
    // A position the rules do not vary with says so.
    expect(
      within(payment).getByText("Kept in the playbook; the checks do not change with it yet.")
    ).toBeInTheDocument();

    const exportGroup = await openTopic("Data export and exit");
    const formats = within(exportGroup).getByRole("textbox", { name: "Export formats" });
    expect(formats).toHaveValue("CSV, Excel");
    await userEvent.type(formats, ", JSON");
    expect(position(store, "data-export", "formats")).toEqual(["CSV", "Excel", "JSON"]);
  });

  it("switches a topic off and on", async () => {
    const { store } = renderSettings();
    const check = screen.getByRole("switch", { name: "Check Training" });
    await userEvent.click(check);
    expect(check).not.toBeChecked();
    expect(enabled(store, "training")).toBe(false);
    const group = await openTopic("Training");
    expect(
      within(group).getByText("Not checked: the review skips this topic.")
    ).toBeInTheDocument();
    await userEvent.click(check);
    expect(enabled(store, "training")).toBe(true);
  });

  it("imports a bad file: lists each problem with its path and keeps the playbook", async () => {
    const { store, container } = renderSettings();
    const before = store.getState().playbook;
    const bad = JSON.stringify({
      version: 1,
      topics: [{ id: "term-renewal", position: { maxCancellationNoticeDays: -1 } }, { id: "nope" }],
    });
    await userEvent.upload(
      container.querySelector<HTMLInputElement>('input[type="file"]')!,
      new File([bad], "playbook.json", { type: "application/json" })
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "The playbook was not imported; the one in use is kept. Correct these problems and import it again:"
    );
    const items = within(alert).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "topics[0].position.maxCancellationNoticeDays: Must be from 0 to 365 days; found -1.",
      expect.stringMatching(/^topics\[1\]\.id: Unknown topic "nope"/),
    ]);
    expect(store.getState().playbook).toBe(before);

    await userEvent.click(within(alert).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("imports a good file and shows its values", async () => {
    const { store, container } = renderSettings();
    const good = JSON.stringify({
      version: 1,
      topics: [{ id: "invoicing", position: { maxInvoiceBusinessDays: 10 } }],
    });
    await userEvent.upload(
      container.querySelector<HTMLInputElement>('input[type="file"]')!,
      new File([good], "playbook.json", { type: "application/json" })
    );
    expect(
      await screen.findByText("Playbook imported. It applies from the next review.")
    ).toBeInTheDocument();
    expect(position(store, "invoicing", "maxInvoiceBusinessDays")).toBe(10);
    const group = await openTopic("Invoicing");
    expect(
      within(group).getByRole("spinbutton", { name: "Invoice issued within (business days)" })
    ).toHaveValue(10);
  });

  it("restores nothing when the question is cancelled", async () => {
    const { store } = renderSettings();
    const group = await openTopic("Training");
    const sessions = within(group).getByRole("spinbutton", {
      name: "On-site training sessions at least (sessions)",
    });
    await userEvent.clear(sessions);
    await userEvent.type(sessions, "5");
    expect(position(store, "training", "minOnsiteSessions")).toBe(5);

    await userEvent.click(screen.getByRole("button", { name: "Restore defaults" }));
    const dialog = await screen.findByRole("alertdialog", {
      name: "Restore the default playbook?",
    });
    await userEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(position(store, "training", "minOnsiteSessions")).toBe(5);
  });

  it("restores the defaults once confirmed", async () => {
    const { store, storage } = renderSettings();
    const group = await openTopic("Training");
    const sessions = within(group).getByRole("spinbutton", {
      name: "On-site training sessions at least (sessions)",
    });
    await userEvent.clear(sessions);
    await userEvent.type(sessions, "5");
    expect(position(store, "training", "minOnsiteSessions")).toBe(5);

    await userEvent.click(screen.getByRole("button", { name: "Restore defaults" }));
    const confirm = await screen.findByRole("alertdialog", {
      name: "Restore the default playbook?",
    });
    await userEvent.click(within(confirm).getByRole("button", { name: "Restore" }));
    expect(store.getState().playbook).toBe(defaultPlaybook);
    expect(storage.items.size).toBe(0);
    expect(screen.getByText("Default playbook restored.")).toBeInTheDocument();
    // The open topic stays open, showing the default again.
    expect(
      within(screen.getByRole("group", { name: "Training" })).getByRole("spinbutton", {
        name: "On-site training sessions at least (sessions)",
      })
    ).toHaveValue(3);
  });

  it("exports the playbook as a local file download", async () => {
    const { store } = renderSettings();
    act(() => void store.getState().setPosition("invoicing", "maxInvoiceBusinessDays", 8));
    const blobs: Blob[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:local/1";
    });
    const revokeObjectURL = jest.fn();
    const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      expect(this.download).toBe("clause-review-playbook.json");
      expect(this.href).toBe("blob:local/1");
    });
    try {
      await userEvent.click(screen.getByRole("button", { name: "Export playbook" }));
      expect(click).toHaveBeenCalledTimes(1);
      expect(await readFileText(blobs[0])).toBe(store.getState().exportPlaybook());
      expect(JSON.parse(await readFileText(blobs[0])).topics[2]).toEqual({
        id: "invoicing",
        enabled: true,
        position: { maxInvoiceBusinessDays: 8 },
      });
    } finally {
      click.mockRestore();
      Object.assign(URL, original);
    }
  });

  it("has no axe violations, with a topic open, an error beside a field and import problems", async () => {
    const { container } = renderSettings();
    const group = await openTopic("Availability SLA");
    const availability = within(group).getByRole("spinbutton", {
      name: "Lowest monthly availability (%)",
    });
    await userEvent.clear(availability);
    await userEvent.type(availability, "80");
    await userEvent.upload(
      container.querySelector<HTMLInputElement>('input[type="file"]')!,
      new File(["{"], "playbook.json", { type: "application/json" })
    );
    const title = await screen.findByText(
      "The playbook was not imported; the one in use is kept. Correct these problems and import it again:"
    );
    expect(title.closest('[role="alert"]')).toHaveTextContent(
      "File: Not valid JSON at line 1, column 2: expected a property name in double quotes, found the end of the file."
    );
    // Colour contrast needs layout, which jsdom does not do.
    const { violations } = await axe.run(document.body, {
      rules: { "color-contrast": { enabled: false } },
    });
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(", ")}`)).toEqual([]);
  });

  it("speaks Chinese when the pane does", async () => {
    renderSettings("zh-CN");
    expect(screen.getByRole("region", { name: "审查标准设置" })).toBeInTheDocument();
    const group = await openTopic("合同期限与自动续约");
    expect(
      within(group).getByRole("spinbutton", { name: "阻止续约的通知期上限（天）" })
    ).toHaveValue(30);
    expect(screen.getByRole("switch", { name: "审查“合同期限与自动续约”" })).toBeChecked();
  });
});
