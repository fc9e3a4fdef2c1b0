/**
 * The finding card by role: the number read beside the playbook's, why the topic matters, and the
 * suggested wording as the word-level change "Apply suggestion" makes — with the actions it had.
 */
import * as React from "react";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FindingList } from "../../src/taskpane/components/FindingList";
import { renderReviewed } from "./paneHarness";

const NOTICE =
  "5.2 This Agreement shall automatically renew for successive one (1) year terms unless Customer gives notice at least 90 days prior to expiry.";
const LAW = "20.1 This Agreement is governed by the laws of the State of California.";

const renderCards = (lines: string[], language: "en-US" | "zh-CN" = "en-US") =>
  renderReviewed(lines, (uiLanguage) => <FindingList uiLanguage={uiLanguage} />, language);

const card = (name: RegExp) =>
  screen.getAllByRole("listitem").find((item) => name.test(item.textContent ?? ""))!;

describe("finding card", () => {
  it("shows the number read beside the playbook's position", async () => {
    await renderCards([NOTICE]);
    const notice = card(/Term and automatic renewal/);
    const table = within(notice).getByRole("table", {
      name: "Read in the document vs the playbook",
    });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent)
    ).toEqual(["Read", "Playbook"]);
    const row = within(table).getByRole("row", { name: /Cancellation notice/ });
    expect(within(row).getByRole("rowheader")).toHaveTextContent("Cancellation notice");
    expect(
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent)
    ).toEqual(["90 days", "at most 30 days"]);
    // The notice finding also read the renewal; the playbook's side comes from the topic's position.
    const renewal = within(table).getByRole("row", { name: /Automatic renewal/ });
    expect(
      within(renewal)
        .getAllByRole("cell")
        .map((c) => c.textContent)
    ).toEqual(["Yes", "No"]);
  });

  it("names a place read beside the playbook's law", async () => {
    await renderCards([LAW]);
    const row = within(card(/Governing law/)).getByRole("row", { name: /Governing law/ });
    expect(
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent)
    ).toEqual(["State of California", "PRC law"]);
  });

  it("says why the topic matters, one click away", async () => {
    await renderCards([NOTICE]);
    const notice = card(/Term and automatic renewal/);
    const why = within(notice).getByText(/next year's fees fall due before anyone notices/);
    expect(why).not.toBeVisible();
    await userEvent.click(within(notice).getByText("Why it matters"));
    expect(why).toBeVisible();
  });

  it("previews the suggestion as the words it strikes and inserts", async () => {
    await renderCards([NOTICE]);
    const notice = card(/Term and automatic renewal/);
    await userEvent.click(within(notice).getByText("Suggested wording"));
    const deleted = within(notice).getByRole("deletion");
    const inserted = within(notice).getByRole("insertion");
    expect(deleted).toHaveTextContent(/^90$/);
    expect(inserted).toHaveTextContent(/^30$/);
    // The unchanged words around the change stay, as context.
    expect(deleted.parentElement).toHaveTextContent(/notice at least.*90.*30 days prior to expiry/);
    // The full standard clause is not what "Apply" writes here: it is not shown.
    expect(within(notice).queryByText(/confirm its renewal in writing/)).toBeNull();
  });

  it("shows the whole suggested clause when no change can be planned", async () => {
    const { store } = await renderCards([NOTICE]);
    // The clause changed since the review: the plan is refused, the wording still helps.
    const snapshot = store.getState().snapshot!;
    store.setState({
      snapshot: {
        ...snapshot,
        paragraphs: [{ ...snapshot.paragraphs[0], text: "5.2 Rewritten by hand." }],
      },
    });
    const notice = card(/Term and automatic renewal/);
    await userEvent.click(within(notice).getByText("Suggested wording"));
    expect(within(notice).queryByRole("deletion")).toBeNull();
    expect(within(notice).getByText(/confirm its renewal in writing/)).toBeVisible();
  });

  it("keeps the actions: apply, comment only, dismiss", async () => {
    const { doc } = await renderCards([NOTICE]);
    const notice = card(/Term and automatic renewal/);
    expect(within(notice).getByRole("button", { name: "Comment only" })).toBeEnabled();
    expect(within(notice).getByRole("button", { name: "Dismiss finding" })).toBeEnabled();
    await userEvent.click(within(notice).getByRole("button", { name: "Apply suggestion" }));
    expect(await within(notice).findByText("Applied")).toBeInTheDocument();
    expect(doc.paragraphs[0].text).toContain("30 days prior to expiry");
  });

  it("speaks the pane's language in a Chinese pane", async () => {
    await renderCards(
      ["第五条 本协议期满后自动续约一年，甲方如不续约，应于期满前九十（90）日书面通知乙方。"],
      "zh-CN"
    );
    const notice = card(/合同期限与自动续约/);
    const row = within(notice).getByRole("row", { name: /解约通知期/ });
    expect(
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent)
    ).toEqual(["90日", "不超过30日"]);
    expect(within(notice).getByText("为何重要")).toBeInTheDocument();
    await userEvent.click(within(notice).getByText("建议条款"));
    expect(within(notice).getByRole("deletion")).toHaveTextContent("九十（90）");
    expect(within(notice).getByRole("insertion")).toHaveTextContent("三十（30）");
  });
});
