/** The deployment manifest: every URL at the given host, ids and element order intact, version from package.json. */
import { readFileSync } from "node:fs";
import { productionManifest } from "../../scripts/productionManifest";

const dev = readFileSync("manifest.xml", "utf8");
const version = JSON.parse(readFileSync("package.json", "utf8")).version as string;
const urls = (xml: string) => [...xml.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]);
const elementOrder = (xml: string) => [...xml.matchAll(/<([A-Za-z:]+)[\s>/]/g)].map((m) => m[1]);
const SCHEMA_URLS = /^http:\/\/schemas\.microsoft\.com\/|^http:\/\/www\.w3\.org\//;

describe("production manifest", () => {
  const prod = productionManifest(dev, "https://contracts.example.com/review", version);

  it("points every URL at the host, under its path, and the app domain at its origin", () => {
    const own = urls(prod).filter((u) => !SCHEMA_URLS.test(u));
    expect(own.length).toBeGreaterThan(8);
    for (const url of own) expect(url).toMatch(/^https:\/\/contracts\.example\.com(\/review\/|$)/);
    expect(prod).toContain("<AppDomain>https://contracts.example.com</AppDomain>");
    expect(prod).toContain('DefaultValue="https://contracts.example.com/review/taskpane.html"');
    expect(prod).not.toContain("localhost");
  });

  it("keeps the id and every element in order; only URLs and the version change", () => {
    expect(elementOrder(prod)).toEqual(elementOrder(dev));
    expect(prod.match(/<Id>([^<]+)<\/Id>/)![1]).toBe(dev.match(/<Id>([^<]+)<\/Id>/)![1]);
    expect(prod).toContain(`<Version>${version}.0</Version>`);
  });

  it("leaves the development manifest on localhost and in step with package.json", () => {
    expect(dev).toContain("https://localhost:3000/taskpane.html");
    expect(dev).toContain(`<Version>${version}.0</Version>`);
  });

  it("refuses a URL Office cannot load an add-in from", () => {
    expect(() => productionManifest(dev, "http://host.example/", version)).toThrow(/https/);
    expect(() => productionManifest(dev, "not a url", version)).toThrow(/not a URL/);
    expect(() => productionManifest(dev, "https://h.example/?a=1", version)).toThrow(/query/);
  });
});
