/**
 * A minimal static file server for dist/ on the loopback interface: the workbench for `npm start`
 * on machines without Word, and the pages the end-to-end tests open. Serves files only from `root`.
 */
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export type RunningServer = { url: string; close(): Promise<void>; server: Server };

export async function startStaticServer(
  root: string,
  port = 0,
  host = "127.0.0.1"
): Promise<RunningServer> {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
      const file = normalize(join(base, path === "/" ? "/workbench.html" : path));
      if (file !== base && !file.startsWith(base + sep)) throw new Error("outside root");
      if (!(await stat(file)).isFile()) throw new Error("not a file");
      res.writeHead(200, {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Cache-Control": "no-store",
      });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Not found");
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ok());
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://${host === "127.0.0.1" ? "localhost" : host}:${actualPort}`,
    server,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
