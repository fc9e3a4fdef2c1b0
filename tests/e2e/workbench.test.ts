/** The workbench as a user drives it: review a sample, read the findings, go to one. */
import { mkdirSync, readFileSync } from "node:fs";
import { fragmentDocument, readDraft } from "../../src/docx";
import type { Browser } from "playwright-core";
import type { RunningServer } from "../../scripts/staticServer";
import { e2eDescribe, newPage, openBrowser } from "./browser";

jest.setTimeout(60_000);

type WorkbenchWindow = {
  workbench: {
    session: {
      syncCount(): number;
      doc: {
        revisions(): Array<{ kind: string; text: string }>;
        text(): string;
        tables(): Array<{ rows: string[][]; headerRowCount: number }>;
        contentControls(): Array<{ tag: string }>;
      };
    };
  };
};

e2eDescribe("workbench end to end", () => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    ({ browser, server } = await openBrowser());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("reviews the English sample, lists the findings, and selects a clause when one is clicked", async () => {
    const { page, requests } = await newPage(browser);
    await page.goto(`${server.url}/workbench.html?sample=en&lang=en-US`);
    await page.getByRole("button", { name: "Review document" }).click();
    await page.getByRole("status").filter({ hasText: "findings" }).waitFor();
    await page.getByRole("tab", { name: "Findings" }).click();

    // Review costs two syncs (one read, one batch of highlights), as in Word.
    expect(
      await page.evaluate(() =>
        (window as unknown as WorkbenchWindow).workbench.session.syncCount()
      )
    ).toBe(2);

    const findings = page.locator("[data-finding]");
    expect(await findings.count()).toBeGreaterThanOrEqual(6);
    await expect(
      page
        .getByText("cancellation notice: 90 days; playbook: at most 30 days", { exact: false })
        .count()
    ).resolves.toBeGreaterThan(0);
    expect(await page.locator("article mark[data-highlight]").count()).toBeGreaterThan(0);

    // Click the governing-law finding: the selection moves to the clause that names California.
    const law = findings.filter({ hasText: "Governing law: State of California" }).first();
    await law.click();
    const selected = page.locator('article [data-selected="true"]');
    await selected.first().waitFor();
    expect(await selected.first().textContent()).toContain("laws of the State of California");
    expect(await law.getAttribute("aria-current")).toBe("true");

    // "Next finding" makes the next card current (two findings may share a clause) and selects its clause.
    const current = () =>
      page.locator('[data-finding][aria-current="true"]').getAttribute("data-finding");
    const first = await current();
    await page.getByRole("button", { name: "Next finding" }).click();
    await page.waitForFunction(
      (id) =>
        document
          .querySelector('[data-finding][aria-current="true"]')
          ?.getAttribute("data-finding") !== id,
      first
    );
    const next = (await current())!;
    const paragraph = next.split(":")[1];
    expect(await selected.first().getAttribute("data-paragraph")).toBe(paragraph);

    mkdirSync(".test-results", { recursive: true });
    await page.screenshot({ path: ".test-results/workbench-en.png" });

    // Nothing left this machine: every request went to the local server.
    const outside = requests.filter(
      (url) => !url.startsWith(server.url) && !url.startsWith("data:")
    );
    expect(outside).toEqual([]);
    await page.close();
  });

  it("opens the Chinese sample reviewed at once with review=auto, in the Chinese UI", async () => {
    const { page, requests } = await newPage(browser);
    await page.goto(`${server.url}/workbench.html?sample=zh&review=auto&lang=zh-CN`);
    await page.getByRole("status").filter({ hasText: "发现" }).waitFor();
    await page.getByRole("tab", { name: "审查发现" }).click();
    await expect(
      page.getByText("合同自动续约，不续约须提前通知：90日", { exact: false }).count()
    ).resolves.toBeGreaterThan(0);
    await page.getByRole("button", { name: "清除突出显示" }).click();
    await page.waitForFunction(
      () => document.querySelectorAll("article mark[data-highlight]").length === 0
    );
    await page.screenshot({ path: ".test-results/workbench-zh.png" });
    expect(
      requests.filter((url) => !url.startsWith(server.url) && !url.startsWith("data:"))
    ).toEqual([]);
    await page.close();
  });

  it("applies two suggestions as tracked changes; once accepted, a new review finds them resolved", async () => {
    const { page, requests } = await newPage(browser);
    await page.goto(`${server.url}/workbench.html?sample=en&review=auto&lang=en-US`);
    await page.getByRole("status").filter({ hasText: "findings" }).waitFor();
    await page.getByRole("tab", { name: "Findings" }).click();
    const revisions = () =>
      page.evaluate(() => (window as unknown as WorkbenchWindow).workbench.session.doc.revisions());

    // The renewal notice: only the number is struck and replaced.
    const notice = page
      .locator("[data-finding]")
      .filter({ hasText: "cancellation notice: 90 days" })
      .first();
    const noticeId = await notice.getAttribute("data-finding");
    await notice.getByRole("button", { name: "Apply suggestion" }).click();
    await page.getByText("Suggestion applied as a tracked change", { exact: false }).waitFor();
    expect(await revisions()).toEqual(
      [
        { kind: "delete", text: "ninety (90)" },
        { kind: "insert", text: "thirty (30)" },
      ].map((r) => expect.objectContaining(r))
    );
    expect(await page.locator("article del").count()).toBeGreaterThan(0);
    expect(await page.locator("article ins").count()).toBeGreaterThan(0);
    expect(await page.getByRole("note").count()).toBe(1); // the explanatory comment

    // The governing law: the sentence is rewritten to the playbook's law, minimally.
    const law = page.locator("[data-finding]").filter({ hasText: "Governing law" }).first();
    const lawTopic = (await law.getAttribute("data-finding"))!.split(":")[0];
    await law.getByRole("button", { name: "Apply suggestion" }).click();
    await page.waitForFunction(
      () => (window as unknown as WorkbenchWindow).workbench.session.doc.revisions().length > 2
    );
    mkdirSync(".test-results", { recursive: true });
    await page.screenshot({ path: ".test-results/workbench-applied.png" });

    // Accept them (Word's Review tab, in the workbench), then review again.
    await page.getByRole("button", { name: "Accept all changes" }).click();
    expect(await revisions()).toEqual([]);
    await page.getByRole("button", { name: "Review again" }).click();
    await page.waitForFunction((id) => !document.querySelector(`[data-finding="${id}"]`), noticeId);
    const text = await page.evaluate(() =>
      (window as unknown as WorkbenchWindow).workbench.session.doc.text()
    );
    expect(text).toContain("at least thirty (30) days before the end");
    expect(
      await page
        .locator("[data-finding]")
        .filter({ hasText: "cancellation notice: 90 days" })
        .count()
    ).toBe(0);
    expect(
      await page
        .locator(`[data-finding^="${lawTopic}:"]`)
        .filter({ hasText: "Governing law: State of California" })
        .count()
    ).toBe(0);
    expect(
      requests.filter((url) => !url.startsWith(server.url) && !url.startsWith("data:"))
    ).toEqual([]);
    await page.close();
  });

  it("fills the SLA form with its own numbers, inserts it as Word tables, and replaces it on a second insert", async () => {
    const { page, requests } = await newPage(browser);
    await page.goto(`${server.url}/workbench.html?sample=en&review=auto&lang=en-US`);
    await page.getByRole("status").filter({ hasText: "findings" }).waitFor();
    await page.getByRole("tab", { name: "Appendices" }).click();
    const appendices = page.getByRole("region", { name: "Appendices" });
    await appendices.getByRole("button", { name: "SLA Appendix…" }).click();

    const availability = appendices.getByLabel("Monthly availability (%)");
    await availability.fill("99.95");
    await appendices.getByLabel("P1 response time (hours)").fill("2");
    // The first performance metric (page load) gets a 2-second target.
    await appendices.getByLabel("Target, at most").first().fill("2");
    await appendices.getByRole("button", { name: "Insert at end of document" }).click();
    await page.getByText("Appendix inserted", { exact: false }).waitFor();

    const model = () =>
      page.evaluate(() => {
        const doc = (window as unknown as WorkbenchWindow).workbench.session.doc;
        return { tables: doc.tables(), controls: doc.contentControls() };
      });
    const { tables, controls } = await model();
    const cells = tables.flatMap((t) => t.rows.flat());
    expect(cells).toContain("Within 2 hours");
    expect(cells).toContain("At most 2 seconds");
    const text = await page.evaluate(() =>
      (window as unknown as WorkbenchWindow).workbench.session.doc.text()
    );
    expect(text).toContain("monthly availability of at least 99.95%");
    expect(tables.filter((t) => t.headerRowCount === 1).length).toBeGreaterThanOrEqual(3);
    expect(controls.map((c) => c.tag)).toEqual(["clauseReview.appendix.sla"]);
    await page.screenshot({ path: ".test-results/workbench-sla-appendix.png" });

    // A second insert asks, and replacing keeps a single appendix.
    await appendices.getByRole("button", { name: "Insert at end of document" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Replace what is already there?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Replace" }).click();
    await page.getByText("Appendix replaced", { exact: false }).waitFor();
    expect((await model()).controls).toHaveLength(1);
    expect(
      requests.filter((url) => !url.startsWith(server.url) && !url.startsWith("data:"))
    ).toEqual([]);
    await page.close();
  });

  it("compares the open draft with an earlier round picked as a .docx, worst change first, and exports HTML", async () => {
    // The earlier round: the same sample with a 30-day cancellation notice instead of 90.
    const sample = readDraft(
      readFileSync("src/workbench/samples/vendor-crm-en.draft.md", "utf8"),
      "round-1"
    );
    const earlier = fragmentDocument([
      {
        tag: "round-1",
        title: "Round 1",
        blocks: sample.paragraphs
          .filter((p) => !p.table)
          .map((p) =>
            p.headingLevel
              ? { kind: "heading" as const, level: 1 as const, text: p.text }
              : {
                  kind: "paragraph" as const,
                  text: p.text.replace(
                    "ninety (90) days before the end",
                    "thirty (30) days before the end"
                  ),
                }
          ),
      },
    ]);

    const { page, requests } = await newPage(browser);
    await page.goto(`${server.url}/workbench.html?sample=en&lang=en-US`);
    await page.getByRole("tab", { name: "Compare" }).click();
    await page.getByLabel("Word document to compare with (.docx)").setInputFiles({
      name: "round-1.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from(earlier),
    });
    await page.getByText("Compared with “round-1.docx”").waitFor();
    const worse = page.getByText(/Worse for the customer \(\d+\)/);
    await worse.waitFor();
    const panel = page.locator("section").filter({ has: worse }).first();
    await expect(panel.getByText("30 → 90", { exact: false }).count()).resolves.toBeGreaterThan(0);

    // The changed clause: its redline, and a click selects it in the document. (The header is the
    // item's button; the redline is the item's content beside it.)
    const change = page
      .getByRole("button", { name: /5\.2/ })
      .locator("..")
      .filter({ has: page.locator("del") })
      .first();
    expect((await change.locator("del").allTextContents()).join(" ")).toMatch(/thirty.*30/);
    expect((await change.locator("ins").allTextContents()).join(" ")).toMatch(/ninety.*90/);
    await change.click();
    const selected = page.locator('article [data-selected="true"]');
    await selected.first().waitFor();
    expect(await selected.first().textContent()).toContain("ninety (90) days before the end");

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export as HTML" }).click();
    const file = await (await download).path();
    const html = readFileSync(file!, "utf8");
    expect(html).toContain("<del>");
    expect(html).not.toMatch(/<script|https?:\/\//i);
    await page.screenshot({ path: ".test-results/workbench-compare.png" });
    expect(
      requests.filter(
        (url) => !url.startsWith(server.url) && !url.startsWith("data:") && !url.startsWith("blob:")
      )
    ).toEqual([]);
    await page.close();
  });
});
