/**
 * What the pane costs to load, for `npm run bench`:
 * 1. The production bundle Word loads for the task pane: the scripts taskpane.html references (the
 *    initial chunks), raw and gzipped (zlib, default level), against a budget of 350 kB gzipped; and
 *    beside it the chunks loaded later, when a view or the .docx reader is first used.
 * 2. Time to an interactive pane in headless Chromium. The task pane itself needs Office.js from
 *    Microsoft's CDN, which this machine cannot reach, so this measures the workbench page (the same
 *    pane, plus the in-memory Word and the sample drafts: a larger bundle, so an upper bound) with
 *    ?sample=en, from navigation start to the "Review document" button being enabled, served on
 *    loopback (no network latency). Budget: under 1 s.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { startStaticServer } from "./staticServer";

const DIST = "dist";
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const BUNDLE_BUDGET_GZIP = 350_000;
export const INTERACTIVE_BUDGET_MS = 1_000;

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Builds dist/ for production if it is not there. */
function ensureBuilt(): void {
  if (existsSync(join(DIST, "taskpane.html")) && existsSync(join(DIST, "workbench.html"))) return;
  console.log("  dist/ is missing: npm run build …");
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const build = spawnSync(npx, ["webpack", "--mode", "production"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (build.status !== 0) throw new Error("the production build failed");
}

/** The local scripts a built page loads at start (webpack's injected <script src>). */
function pageScripts(page: string): string[] {
  const html = readFileSync(join(DIST, page), "utf8");
  // The built HTML is minified: attribute values may be quoted or not.
  return [...html.matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^[a-z]+:\/\//i.test(src))
    .map((src) => src.replace(/^\.?\//, ""));
}

type Size = { raw: number; gzip: number };

function sizeOf(files: string[]): Size {
  return files.reduce(
    (sum, file) => {
      const bytes = readFileSync(join(DIST, file));
      return { raw: sum.raw + bytes.length, gzip: sum.gzip + gzipSync(bytes).length };
    },
    { raw: 0, gzip: 0 }
  );
}

export function bundleSize(): { initial: Size; later: Size } {
  ensureBuilt();
  const initialFiles = pageScripts("taskpane.html");
  const entryFiles = new Set(
    ["taskpane.html", "workbench.html", "commands.html"].flatMap((p) => pageScripts(p))
  );
  // Chunks no page loads at start: the views, the .docx reader and the themes loaded on first use.
  const laterFiles = readdirSync(DIST).filter((f) => f.endsWith(".js") && !entryFiles.has(f));
  const initial = sizeOf(initialFiles);
  const later = sizeOf(laterFiles);
  const built = new Date(statSync(join(DIST, "taskpane.html")).mtime).toISOString().slice(0, 16);
  console.log(`\nTask pane bundle (dist/ built ${built.replace("T", " ")} UTC):`);
  console.log(
    `  loaded at start (${initialFiles.join(", ")}): ${kB(initial.raw)} raw, ${kB(initial.gzip)} gzipped` +
      ` (budget < ${kB(BUNDLE_BUDGET_GZIP)} gzipped: ${initial.gzip < BUNDLE_BUDGET_GZIP ? "met" : "NOT met"})`
  );
  console.log(
    `  loaded on first use (${laterFiles.length} chunks: views, .docx reader, themes): ` +
      `${kB(later.raw)} raw, ${kB(later.gzip)} gzipped`
  );
  return { initial, later };
}

/** Median time (ms) from navigation start to an enabled "Review document" button, cold each time. */
export async function timeToInteractive(runs = 5): Promise<number | null> {
  ensureBuilt();
  if (!existsSync(CHROMIUM)) {
    console.log(`\nTime to interactive: skipped (no Chromium at ${CHROMIUM})`);
    return null;
  }
  const { chromium } = await import("playwright-core");
  const server = await startStaticServer(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      // A fresh context each time: nothing cached, as a first open of the pane.
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/workbench.html?sample=en&lang=en-US`, { waitUntil: "commit" });
      const handle = await page.waitForFunction(
        () => {
          const button = [...document.querySelectorAll("button")].find(
            (b) => b.textContent?.trim() === "Review document"
          );
          // performance.now() counts from navigation start.
          return button && !button.disabled ? performance.now() : false;
        },
        undefined,
        { polling: "raf", timeout: 30_000 }
      );
      const ms = (await handle.jsonValue()) as number;
      if (i > 0) times.push(ms); // the first run warms Chromium itself up
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(
    `\nTime to interactive, headless Chromium, cold (median of ${runs}; ${sorted
      .map((t) => t.toFixed(0))
      .join(" / ")} ms):`
  );
  console.log(
    `  ${median.toFixed(0)} ms from navigation start to an enabled "Review document" ` +
      `(budget < ${INTERACTIVE_BUDGET_MS.toLocaleString()} ms: ${median < INTERACTIVE_BUDGET_MS ? "met" : "NOT met"})`
  );
  console.log(
    "  Measured on the workbench page (workbench.html?sample=en, served on loopback): the task pane " +
      "itself needs Office.js from Microsoft's CDN, which cannot be reached here. The workbench loads " +
      "the same pane plus the in-memory Word and the sample drafts, so its figure bounds the pane's."
  );
  return median;
}
