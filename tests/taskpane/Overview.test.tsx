/** The overview tab by role: severity counts, key terms that select their clause, filtered checklist. */
import * as React from "react";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { findingsOf } from "../../src/state";
import { FindingList } from "../../src/taskpane/components/FindingList";
import { Overview } from "../../src/taskpane/components/overview/Overview";
import { renderReviewed } from "./paneHarness";

const LINES = [
  "3.1 The initial subscription term is one (1) year. This Agreement shall automatically renew for successive one (1) year terms unless Customer gives notice at least ninety (90) days prior to expiry.",
  "4.1 Invoices. Vendor shall issue a valid invoice for each payment received.",
  "8.1 Vendor will respond to urgent faults within forty-eight (48) hours.",
  "9.1 Vendor shall make the Service available at least 99.9% of each calendar month; service credits apply when it is not.",
  "20.1 This Agreement is governed by the laws of the State of California.",
];

const renderOverview = (lines = LINES, language: "en-US" | "zh-CN" = "en-US") =>
  renderReviewed(
    lines,
    (uiLanguage) => (
      <>
        <Overview uiLanguage={uiLanguage} />
        <FindingList uiLanguage={uiLanguage} />
      </>
    ),
    language
  );

const checklist = () =>
  within(screen.getByRole("region", { name: "Playbook checklist" })).getAllByRole("listitem");
const findingCards = () =>
  within(screen.getByRole("region", { name: "Findings" })).queryAllByRole("listitem");

afterEach(() => jest.restoreAllMocks());

describe("overview", () => {
  it("counts the findings by severity and lists every checked topic with its verdict", async () => {
    const { store } = await renderOverview();
    const findings = findingsOf(store.getState().report);
    const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
    const counts = screen.getByRole("group", { name: "Findings by severity" });
    expect(within(counts).getByText(`High: ${count("high")}`)).toBeInTheDocument();
    expect(within(counts).getByText(`Medium: ${count("medium")}`)).toBeInTheDocument();
    expect(within(counts).getByText(`Low: ${count("low")}`)).toBeInTheDocument();
    const topics = checklist();
    expect(topics).toHaveLength(27);
    expect(topics[0]).toHaveTextContent(/^Term and automatic renewal.*Deviates$/);
    expect(topics.find((t) => /^Availability SLA/.test(t.textContent ?? ""))).toHaveTextContent(
      /Meets$/
    );
    expect(topics.find((t) => /^Data ownership/.test(t.textContent ?? ""))).toHaveTextContent(
      /Missing$/
    );
  });

  it("summarises the key terms as the document states them", async () => {
    await renderOverview();
    const terms = screen.getByRole("region", { name: "Key terms" });
    const term = (name: string) =>
      within(terms).getByText(name).nextElementSibling as HTMLElement | null;
    expect(term("Term")).toHaveTextContent("1 year");
    expect(term("Automatic renewal")).toHaveTextContent("Yes");
    expect(term("Cancellation notice")).toHaveTextContent("90 days");
    expect(term("P1 response time")).toHaveTextContent("48 hours");
    expect(term("SLA availability")).toHaveTextContent("99.9%");
    expect(term("Governing law")).toHaveTextContent("State of California");
    // Nothing the document does not state.
    expect(within(terms).queryByText("Data storage location")).toBeNull();
    expect(within(terms).queryByText("Termination notice")).toBeNull();
  });

  it("selects a key term's clause in the document when its value is clicked", async () => {
    const { doc, host } = await renderOverview();
    const select = jest.spyOn(host, "select");
    await userEvent.click(
      screen.getByRole("button", { name: "Cancellation notice: 90 days (go to clause)" })
    );
    expect(select).toHaveBeenCalledTimes(1);
    const anchor = select.mock.calls[0][0];
    expect(anchor).toMatchObject({ paragraph: 0 });
    expect(anchor.quote).toContain("ninety (90) days prior to expiry");
    expect(doc.selection.start.paragraph).toBe(0);

    await userEvent.click(
      screen.getByRole("button", { name: "Governing law: State of California (go to clause)" })
    );
    expect(select.mock.calls[1][0]).toMatchObject({ paragraph: 4 });
    expect(doc.selection.start.paragraph).toBe(4);
  });

  it("reports a key term whose clause has changed since the review", async () => {
    const { store, host } = await renderOverview();
    jest.spyOn(host, "select").mockResolvedValue({ ok: false, reason: "stale" });
    await userEvent.click(screen.getByRole("button", { name: /^Governing law: / }));
    expect(store.getState().error).toMatchObject({ key: "staleAnchor" });
  });

  it("narrows the checklist and the findings list with the same filters", async () => {
    const { store } = await renderOverview();
    const all = findingsOf(store.getState().report);
    expect(findingCards()).toHaveLength(all.length);

    const severity = screen.getByRole("group", { name: "Severity" });
    await userEvent.click(within(severity).getByRole("button", { name: "Low" }));
    expect(within(severity).getByRole("button", { name: "Low" })).toHaveAttribute(
      "aria-pressed",
      "true"
    );
    const low = all.filter((f) => f.severity === "low");
    expect(findingCards()).toHaveLength(low.length);
    expect(findingCards()[0]).toHaveTextContent("Invoicing");
    expect(checklist().map((t) => t.textContent)).toEqual([
      expect.stringMatching(/^Invoicing/),
      expect.stringMatching(/^Training.*Missing$/),
      expect.stringMatching(/^Change requests.*Missing$/),
    ]);
    expect(
      screen.getByText(`${low.length} of ${all.length} findings match the filters.`)
    ).toBeInTheDocument();

    // Another severity widens it again; a group narrows it.
    await userEvent.click(within(severity).getByRole("button", { name: "High" }));
    const group = screen.getByRole("group", { name: "Topic group" });
    await userEvent.click(within(group).getByRole("button", { name: "Legal" }));
    expect(findingCards()).toHaveLength(1);
    expect(findingCards()[0]).toHaveTextContent("Governing law");
    expect(
      checklist().every((t) =>
        /Governing law|Termination|Intellectual|Unilateral|Limitation/.test(t.textContent ?? "")
      )
    ).toBe(true);

    // A verdict no finding has: nothing listed, and a way back.
    await userEvent.click(
      within(screen.getByRole("group", { name: "Verdict" })).getByRole("button", { name: "Meets" })
    );
    expect(findingCards()).toHaveLength(0);
    expect(screen.getByText("No finding matches the filters.")).toBeInTheDocument();
    expect(screen.getByText("No topic matches the filters.")).toBeInTheDocument();
    await userEvent.click(screen.getAllByRole("button", { name: "Show all" })[0]);
    expect(findingCards()).toHaveLength(all.length);
    expect(checklist()).toHaveLength(27);
  });

  it("speaks Chinese when Office does, with group names from the library", async () => {
    await renderOverview(
      [
        "第五条 本协议期满后自动续约一年，甲方如不续约，应于期满前九十（90）日书面通知乙方。",
        "第二十条 本协议适用新加坡法律。",
      ],
      "zh-CN"
    );
    expect(screen.getByRole("heading", { name: "概览" })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "主题类别" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "法律条款" })).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: "解约通知期：90日（转到条款）" })
    ).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: "适用法律：新加坡（转到条款）" })
    ).toBeInTheDocument();
  });

  it("has no axe violations, with the finding cards' tables and previews open", async () => {
    // axe measures icon ligatures on a canvas, which jsdom lacks (and logs as an error).
    jest.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
    await renderOverview();
    for (const summary of screen.getAllByText(/^(Suggested wording|Why it matters)$/))
      await userEvent.click(summary);
    // Colour contrast needs layout, which jsdom does not do.
    const { violations } = await axe.run(document.body, {
      rules: { "color-contrast": { enabled: false } },
    });
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(", ")}`)).toEqual([]);
  });
});
