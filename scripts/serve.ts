/** `npm run serve:workbench`: serves the built dist/ on http://localhost:3000 (PORT to change). */
import { existsSync } from "node:fs";
import { startStaticServer } from "./staticServer";

async function serve() {
  if (!existsSync("dist/workbench.html")) {
    console.error("dist/ is not built yet: run `npm run build` first.");
    process.exit(1);
  }
  const running = await startStaticServer("dist", Number(process.env.PORT ?? 3000));
  console.log(`Workbench: ${running.url}/workbench.html?sample=zh&review=auto (Ctrl+C to stop)`);
}

void serve();
