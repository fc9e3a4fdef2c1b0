/**
 * Accessibility of the pane in a real browser: axe-core (injected from node_modules — no network) on
 * every view after a review, with the SLA form open, after a comparison with our standard wording,
 * and in the dark and high-contrast themes: no serious or critical violation. Then a keyboard-only
 * session: Tab to Review, Enter, reach a finding, apply it, switch views with the arrow keys, open
 * the SLA form, insert it with Enter, and Escape out of the replace question — the in-memory
 * document shows each result.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import type { RunningServer } from "../../scripts/staticServer";
import { e2eDescribe, openBrowser } from "./browser";

jest.setTimeout(120_000);

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
};

type WorkbenchWindow = {
  workbench: {
    session: {
      doc: {
        revisions(): Array<{ kind: string; text: string }>;
        contentControls(): Array<{ tag: string }>;
        tables(): Array<{ rows: string[][] }>;
      };
    };
  };
};

/** axe on the task pane; the serious and critical violations, printed when there are any. */
async function seriousViolations(page: Page, label: string): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(
      {
        include: [['[aria-label="Task pane"]']],
        // Fluent's focus-trap sentinels (tabster): aria-hidden, focusable for an instant, and
        // handing focus on at once — axe's known false positive for aria-hidden-focus.
        exclude: [["[data-tabster-dummy]"]],
      },
      { resultTypes: ["violations"] }
    );
    return result.violations;
  });
  const serious = (violations as AxeViolation[]).filter(
    (v) => v.impact === "serious" || v.impact === "critical"
  );
  const lines = serious.map(
    (v) =>
      `${label}: ${v.impact} ${v.id} — ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map(
          (n) =>
            `    ${n.target.join(" ")}\n      ${(n.failureSummary ?? "").replace(/\n/g, "\n      ")}`
        )
        .join("\n")
  );
  if (lines.length) console.log(lines.join("\n"));
  return serious.map((v) => `${label}: ${v.id} (${v.nodes.length})`);
}

/** The workbench page. Its CSP forbids inline scripts, and axe is injected as one: bypassed here. */
async function open(browser: Browser, query: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
  await page.goto(`${query}`);
  return page;
}

const VIEWS = ["Overview", "Findings", "Appendices", "Compare", "Clause library", "Settings"];

e2eDescribe("accessibility", () => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    ({ browser, server } = await openBrowser());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const theme of ["light", "dark", "hc"]) {
    it(`has no serious or critical axe violation in any view (${theme} theme)`, async () => {
      const page = await open(
        browser,
        `${server.url}/workbench.html?sample=en&lang=en-US&review=auto&theme=${theme}`
      );
      await page.getByRole("status").filter({ hasText: "findings" }).waitFor();
      const found: string[] = [];
      for (const view of VIEWS) {
        await page.getByRole("tab", { name: view }).click();
        await page.getByRole("tabpanel", { name: view }).waitFor();
        // Views load on first use: wait for the content, not the spinner.
        await page.waitForFunction(
          () => !document.querySelector('[role="tabpanel"]:not([hidden]) .fui-Spinner')
        );
        found.push(...(await seriousViolations(page, `${theme} · ${view}`)));
      }

      // With the SLA form open.
      await page.getByRole("tab", { name: "Appendices" }).click();
      await page.getByRole("button", { name: "SLA Appendix…" }).click();
      await page.getByRole("spinbutton", { name: "Monthly availability (%)" }).waitFor();
      found.push(...(await seriousViolations(page, `${theme} · SLA form`)));

      // After a comparison with our standard wording.
      await page.getByRole("tab", { name: "Compare" }).click();
      await page.getByRole("button", { name: "Compare with our standard wording" }).click();
      await page.getByText("Compared with our standard wording").first().waitFor();
      found.push(...(await seriousViolations(page, `${theme} · comparison`)));

      // In Chinese (the lang attributes, the labels).
      await page.getByRole("combobox", { name: "Language" }).selectOption("zh-CN");
      await page.getByRole("tab", { name: "审查发现" }).click();
      found.push(...(await seriousViolations(page, `${theme} · 中文 findings`)));

      expect(found).toEqual([]);
      await page.close();
    });
  }

  it("can be used with the keyboard alone, from Review to an inserted SLA appendix", async () => {
    const page = await open(browser, `${server.url}/workbench.html?sample=en&lang=en-US`);
    const model = () =>
      page.evaluate(() => {
        const doc = (window as unknown as WorkbenchWindow).workbench.session.doc;
        return { revisions: doc.revisions(), controls: doc.contentControls() };
      });
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return {
          role: el?.getAttribute("role") ?? el?.tagName.toLowerCase() ?? "",
          text: (el?.getAttribute("aria-label") || el?.textContent || "").trim().slice(0, 200),
          finding: el?.getAttribute("data-finding") ?? null,
          inCard: el?.closest("[data-finding]")?.getAttribute("data-finding") ?? null,
          selected: el?.getAttribute("aria-selected") ?? null,
        };
      });
    /** Presses `key` until the focused element passes `test` (at most `max` times). */
    const pressUntil = async (
      key: string,
      test: (f: Awaited<ReturnType<typeof focused>>) => boolean,
      max = 60
    ) => {
      for (let i = 0; i < max; i++) {
        if (test(await focused())) return;
        await page.keyboard.press(key);
      }
      throw new Error(
        `${key} ×${max} never reached it; focus is on ${JSON.stringify(await focused())}`
      );
    };

    // Tab to Review, Enter: the summary gets focus once the review is done.
    await pressUntil("Tab", (f) => f.text === "Review document");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => /findings · /.test(document.activeElement?.textContent ?? ""));

    // Tab to the views, the arrow key to Findings, Tab to the first card, the arrow key to the next.
    await pressUntil("Tab", (f) => f.role === "tab");
    await page.keyboard.press("ArrowRight");
    expect(await focused()).toMatchObject({ role: "tab", selected: "true" });
    expect((await focused()).text).toContain("Findings");
    await pressUntil("Tab", (f) => f.finding !== null);
    const first = (await focused()).finding;
    await page.keyboard.press("ArrowDown");
    const second = (await focused()).finding;
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);

    // Into the card with Enter, Tab to Apply, Enter: a tracked change, and focus stays on the card.
    await pressUntil("ArrowUp", (f) => f.finding === first, 3);
    const card = page.locator(`[data-finding="${first}"]`);
    const applicable = (await card.getByRole("button", { name: "Apply suggestion" }).count()) > 0;
    expect(applicable).toBe(true);
    await page.keyboard.press("Enter");
    await pressUntil("Tab", (f) => f.inCard === first && f.text === "Apply suggestion", 15);
    await page.keyboard.press("Enter");
    await page.getByText("Suggestion applied as a tracked change", { exact: false }).waitFor();
    expect((await model()).revisions.length).toBeGreaterThan(0);
    await page.waitForFunction(
      (id) =>
        document.activeElement?.closest("[data-finding]")?.getAttribute("data-finding") === id,
      first
    );

    // Back to the views (Escape leaves the card), the arrow key to Appendices.
    await page.keyboard.press("Escape");
    await pressUntil("Shift+Tab", (f) => f.role === "tab");
    await page.keyboard.press("ArrowRight");
    expect(await focused()).toMatchObject({ role: "tab", selected: "true" });
    expect((await focused()).text).toContain("Appendices");

    // The SLA form, opened and inserted with Enter.
    await pressUntil("Tab", (f) => f.text === "SLA Appendix…");
    await page.keyboard.press("Enter");
    await page.getByRole("spinbutton", { name: "Monthly availability (%)" }).waitFor();
    await pressUntil("Tab", (f) => f.text === "Insert at end of document", 200);
    await page.keyboard.press("Enter");
    await page.getByText("Appendix inserted", { exact: false }).waitFor();
    expect((await model()).controls.map((c) => c.tag)).toEqual(["clauseReview.appendix.sla"]);

    // Again: Word asks whether to replace it; Escape keeps the one there.
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("alertdialog", { name: "Replace what is already there?" });
    await dialog.waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect((await model()).controls).toHaveLength(1);
    await page.close();
  });
});
