/**
 * The user guide's screenshots (docs/user-guide.md), taken from the built workbench in headless
 * Chromium: review, apply a suggestion, the SLA appendix, a comparison, the settings — in English and
 * Chinese. `npm run screenshots` writes them to docs/images/; tests/e2e/userGuide.test.ts takes them into
 * a temporary folder on every test run, so the guide's pictures cannot silently stop matching the pane.
 * Button and tab names come from the pane's own string tables.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { translator, type UiLanguage } from "../src/i18n";
import { startStaticServer } from "./staticServer";

export const SHOTS = ["review", "apply", "appendix", "compare", "settings"] as const;

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

export async function takeUserGuideScreenshots(outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const server = await startStaticServer("dist");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  const written: string[] = [];
  try {
    for (const lang of ["en-US", "zh-CN"] as UiLanguage[]) {
      const t = translator(lang);
      const short = lang === "zh-CN" ? "zh" : "en";
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const shot = async (name: (typeof SHOTS)[number]) => {
        const file = join(outDir, `${short}-${name}.png`);
        await page.screenshot({ path: file });
        written.push(file);
      };
      const tab = (name: string) => page.getByRole("tab", { name }).click();

      await page.goto(`${server.url}/workbench.html?sample=${short}&review=auto&lang=${lang}`);
      // The review runs at once (review=auto); its findings are listed under Findings.
      await tab(t("shell_tab_findings"));
      await page.locator("[data-finding]").first().waitFor();
      await tab(t("shell_tab_overview"));
      await settle(page);
      await shot("review");

      await tab(t("shell_tab_findings"));
      const card = page.locator("[data-finding]").first();
      await card.getByRole("button", { name: t("apply") }).click();
      await page
        .getByText(t("notice_applied", { words: 0 }).split(/[（(]/)[0].trim())
        .first()
        .waitFor();
      // Applying selects the redline in the document.
      await settle(page);
      await shot("apply");

      await tab(t("shell_tab_appendices"));
      await page.getByRole("button", { name: t("insertSlaAppendix") }).click();
      await settle(page);
      await shot("appendix");

      await tab(t("shell_tab_compare"));
      await page.getByRole("button", { name: t("compare_withStandard") }).click();
      await page.getByText(t("compare_againstStandard")).first().waitFor();
      await shot("compare");

      await tab(t("shell_tab_settings"));
      await settle(page);
      await shot("settings");
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return written;
}

/** Lets layout and scrolling finish before a picture is taken. */
const settle = (page: Page) => page.waitForTimeout(300);

if (require.main === module) {
  void takeUserGuideScreenshots("docs/images").then((files) =>
    console.log(`wrote ${files.length} screenshots:\n${files.join("\n")}`)
  );
}
