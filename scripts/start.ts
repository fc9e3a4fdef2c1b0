/**
 * `npm start`: the main job on the bundled sample.
 * - Windows / macOS (where Word desktop runs): sideload the add-in with office-addin-debugging,
 *   which starts the HTTPS dev server and opens Word with the manifest.
 * - Elsewhere: build, review the bundled sample in the terminal, then serve the workbench (the task
 *   pane beside an in-memory document) and open it in a browser when one is available.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { startStaticServer } from "./staticServer";

const npmBin = process.platform === "win32" ? "npx.cmd" : "npx";

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main() {
  if ((process.platform === "win32" || process.platform === "darwin") && !process.env.WORKBENCH) {
    run(npmBin, ["office-addin-debugging", "start", "manifest.xml"]);
    return;
  }
  if (!existsSync("dist/workbench.html") || process.env.REBUILD !== "0")
    run(npmBin, ["webpack", "--mode", "production"]);
  console.log("\nReview of the bundled Chinese sample (the same engine the pane uses):\n");
  run(npmBin, [
    "tsx",
    "src/cli/review.ts",
    "src/workbench/samples/vendor-saas-zh.draft.md",
    "--format",
    "text",
  ]);

  const running = await startStaticServer("dist", Number(process.env.PORT ?? 3000));
  const url = `${running.url}/workbench.html?sample=zh&review=auto`;
  console.log(`\nWorkbench (task pane beside the sample draft, reviewed): ${url}`);
  console.log("English sample: replace sample=zh with sample=en. Ctrl+C to stop.");
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) {
    spawn("xdg-open", [url], { stdio: "ignore", detached: true })
      .on("error", () => undefined)
      .unref();
  }
}

void main();
