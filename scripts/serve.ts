/**
 * `npm run serve:dist` (alias `serve:workbench`): serves the built dist/ on http://localhost:3000
 * (PORT to change) — to check a build before publishing it (docs/admin.md), and to use the workbench.
 */
import { existsSync } from "node:fs";
import { startStaticServer } from "./staticServer";

async function serve() {
  if (!existsSync("dist/taskpane.html")) {
    console.error("dist/ is not built yet: run `npm run build` first.");
    process.exit(1);
  }
  const running = await startStaticServer("dist", Number(process.env.PORT ?? 3000));
  console.log(`Serving dist/ on ${running.url}/ (Ctrl+C to stop)`);
  if (existsSync("dist/workbench.html"))
    console.log(`Workbench: ${running.url}/workbench.html?sample=zh&review=auto`);
  if (existsSync("dist/manifest.xml"))
    console.log(
      `Manifest for deployment: dist/manifest.xml (URLs point at the host it was built for)`
    );
}

void serve();
