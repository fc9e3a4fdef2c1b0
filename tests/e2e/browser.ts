/**
 * Headless Debian Chromium driven by playwright-core, against the built dist/ served on loopback.
 * Never a downloaded browser. Tests call `e2eDescribe`, which skips — saying why — where Chromium or
 * the build is absent, so a missing browser is reported, never silently passed.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { startStaticServer, type RunningServer } from "../../scripts/staticServer";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

function skipReason(): string | null {
  if (!existsSync(CHROMIUM))
    return `Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`;
  if (!existsSync("dist/workbench.html"))
    return "dist/ is not built (npm test builds it; or run npm run build)";
  return null;
}

export function e2eDescribe(name: string, body: () => void): void {
  const reason = skipReason();
  if (reason) {
    describe.skip(`${name} — skipped: ${reason}`, body);
    // Also say it where a person reads the run.
    console.warn(`[e2e] ${name} skipped: ${reason}`);
  } else {
    describe(name, body);
  }
}

export type Session = { browser: Browser; server: RunningServer; page: Page; requests: string[] };

export async function openBrowser(): Promise<Omit<Session, "page" | "requests">> {
  const server = await startStaticServer("dist");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // As root in a sandbox, with the background services that would try the closed network turned off.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
  return { browser, server };
}

/** A new page that records every request it makes, to prove none leaves localhost. */
export async function newPage(browser: Browser): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  return { page, requests };
}
