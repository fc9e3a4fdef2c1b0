/**
 * Offline checks of manifest.xml: the things a user or an admin would notice when sideloading
 * or deploying the add-in (name, icons, ribbon button, permissions, Chinese strings), plus the
 * schema rules that make Office silently refuse a manifest (element order, resid references,
 * string lengths). The official validator needs a network service, so this is the fast net.
 *
 * Failures collect every offending item into a list and compare it with [], so the Jest diff
 * names all problems at once instead of stopping at the first.
 */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, onWarningStopParsing, type Document, type Element } from "@xmldom/xmldom";

const ROOT = join(__dirname, "..", "..");
const ORIGIN = "https://localhost:3000/";

const NS = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  basicTypes: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

/** OfficeApp children in the order the TaskPaneApp XSD requires. */
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
] as const;

const REQUIRED_OFFICE_APP_CHILDREN = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "DefaultSettings",
  "Permissions",
];

/** Limits from the manifest reference (Resources element). */
const LIMITS = { resid: 32, shortString: 125, longString: 250 } as const;

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

type Resource = {
  kind: ResourceKind;
  id: string;
  defaultValue: string;
  overrides: Map<string, string>;
};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

function loadManifest(): Document {
  const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  // Treat parser warnings (e.g. stray characters, duplicate attributes) as fatal.
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, "text/xml");
}

/** xmldom types localName as nullable, but parsed elements always have one. */
function nameOf(el: Element): string {
  return el.localName ?? el.nodeName;
}

function childElements(parent: Element): Element[] {
  return Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1);
}

function descendants(parent: Element | Document, ns: string, localName: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(ns, localName));
}

/** The single direct child with this name; throws a message naming the path if missing. */
function child(parent: Element, localName: string): Element {
  const found = childElements(parent).filter((el) => nameOf(el) === localName);
  if (found.length !== 1) {
    throw new Error(
      `<${nameOf(parent)}> should have exactly one <${localName}>, found ${found.length}`
    );
  }
  return found[0];
}

function xsiType(el: Element): string | null {
  return el.getAttributeNS(NS.xsi, "type");
}

function text(el: Element): string {
  return (el.textContent ?? "").trim();
}

/** Locale -> value for <Override Locale=".." Value=".."/> children (either namespace). */
function overridesOf(el: Element): Map<string, string> {
  const pairs = childElements(el)
    .filter((c) => nameOf(c) === "Override")
    .map((c) => [c.getAttribute("Locale") ?? "", c.getAttribute("Value") ?? ""] as const);
  return new Map(pairs);
}

/** Office counts characters, not UTF-16 units; the spread counts code points. */
function charCount(s: string): number {
  return [...s].length;
}

/** Width and height from a PNG's IHDR chunk, which must come first after the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = "89504e470d0a1a0a";
  if (
    bytes.subarray(0, 8).toString("hex") !== signature ||
    bytes.toString("ascii", 12, 16) !== "IHDR"
  ) {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Maps https://localhost:3000/assets/x.png to <repo>/assets/x.png; null for other URLs. */
function assetPath(url: string): string | null {
  const match = /^https:\/\/localhost:3000\/(assets\/[^?#]+)$/.exec(url);
  return match ? join(ROOT, match[1]) : null;
}

/** The size promised by a file name like icon-32.png. */
function sizeFromName(url: string): number | null {
  const match = /-(\d+)\.png$/.exec(url);
  return match ? Number(match[1]) : null;
}

function readPackageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

// ---------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------

const doc = loadManifest();
const app = doc.documentElement as Element;
const versionOverrides = child(app, "VersionOverrides");
const resourcesEl = child(versionOverrides, "Resources");

function readResources(): Resource[] {
  const kinds: ResourceKind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];
  return kinds.flatMap((kind) =>
    descendants(resourcesEl, NS.basicTypes, kind).flatMap((group) =>
      childElements(group).map((el) => ({
        kind,
        id: el.getAttribute("id") ?? "",
        defaultValue: el.getAttribute("DefaultValue") ?? "",
        overrides: overridesOf(el),
      }))
    )
  );
}

const resources = readResources();
const resourceById = new Map(resources.map((r) => [r.id, r]));

/** Every element under VersionOverrides that points at a resource. */
function residReferences(): Element[] {
  return descendants(versionOverrides, "*", "*").filter((el) => el.hasAttribute("resid"));
}

/** Which resource kind each referencing element must point at. */
function expectedKind(el: Element): ResourceKind | null {
  const name = nameOf(el);
  if (name === "Image") return "Images";
  if (["SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(name)) return "Urls";
  if (["Label", "Title"].includes(name)) return "ShortStrings";
  if (name === "Description") return "LongStrings";
  return null;
}

function describeEl(el: Element): string {
  return `<${nameOf(el)} resid="${el.getAttribute("resid")}">`;
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

describe("manifest.xml identity", () => {
  it("is a TaskPaneApp in the add-in manifest 1.1 namespace", () => {
    expect(nameOf(app)).toBe("OfficeApp");
    expect(app.namespaceURI).toBe(NS.officeApp);
    expect(xsiType(app)).toBe("TaskPaneApp");
  });

  it("has a GUID Id", () => {
    expect(text(child(app, "Id"))).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
  });

  it("has a 4-part Version whose first three parts match package.json", () => {
    const version = text(child(app, "Version"));
    expect(version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(version.split(".").slice(0, 3).join(".")).toBe(readPackageVersion());
  });

  it("lists OfficeApp children in schema order", () => {
    const present = childElements(app).map(nameOf);
    const known: readonly string[] = OFFICE_APP_ORDER;
    expect(present.filter((name) => !known.includes(name))).toEqual([]);
    // Name each element that appears before one the schema puts ahead of it.
    const outOfOrder = present.flatMap((name, i) =>
      present
        .slice(i + 1)
        .filter((later) => known.indexOf(later) < known.indexOf(name))
        .map((later) => `<${later}> must come before <${name}>`)
    );
    expect(outOfOrder).toEqual([]);
    expect(REQUIRED_OFFICE_APP_CHILDREN.filter((name) => !present.includes(name))).toEqual([]);
  });

  it("names the provider and defaults to en-US", () => {
    expect(text(child(app, "ProviderName"))).toBe("Contract Review Team");
    expect(text(child(app, "DefaultLocale"))).toBe("en-US");
  });
});

describe("manifest.xml store listing (what users see)", () => {
  it("has English and Chinese display names", () => {
    const displayName = child(app, "DisplayName");
    expect(displayName.getAttribute("DefaultValue")).toBe("Contract Clause Review");
    expect(overridesOf(displayName).get("zh-CN")).toBe("合同条款审查");
  });

  it("has English and Chinese descriptions within 250 characters", () => {
    const description = child(app, "Description");
    const english = description.getAttribute("DefaultValue") ?? "";
    const chinese = overridesOf(description).get("zh-CN") ?? "";
    expect(english).toMatch(/playbook/i);
    expect(english).toMatch(/tracked changes/i);
    expect(english).toMatch(/locally/i);
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
    expect([english, chinese].filter((s) => charCount(s) > LIMITS.longString)).toEqual([]);
  });

  it("uses the 64 px and 128 px icons, which exist at the right size", () => {
    const icons = [
      { url: child(app, "IconUrl").getAttribute("DefaultValue") ?? "", size: 64 },
      { url: child(app, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", size: 128 },
    ];
    for (const { url, size } of icons) {
      expect(url).toBe(`${ORIGIN}assets/icon-${size}.png`);
      const file = assetPath(url);
      expect(file !== null && existsSync(file)).toBe(true);
      expect(pngSize(file as string)).toEqual({ width: size, height: size });
    }
  });

  it("serves the support page and task pane from the dev server", () => {
    expect(child(app, "SupportUrl").getAttribute("DefaultValue")).toBe(`${ORIGIN}help.html`);
    const source = child(child(app, "DefaultSettings"), "SourceLocation");
    expect(source.getAttribute("DefaultValue")).toBe(`${ORIGIN}taskpane.html`);
  });
});

describe("manifest.xml host, requirements and permissions", () => {
  it("targets Word (Document) only", () => {
    const hosts = childElements(child(app, "Hosts")).map((h) => h.getAttribute("Name"));
    expect(hosts).toEqual(["Document"]);
  });

  it("requires WordApi 1.3", () => {
    const sets = child(child(app, "Requirements"), "Sets");
    expect(sets.getAttribute("DefaultMinVersion")).toBe("1.3");
    const wordApi = childElements(sets).filter((s) => s.getAttribute("Name") === "WordApi");
    expect(wordApi.map((s) => s.getAttribute("MinVersion"))).toEqual(["1.3"]);
  });

  it("asks for ReadWriteDocument, since suggestions are written as tracked changes", () => {
    expect(text(child(app, "Permissions"))).toBe("ReadWriteDocument");
  });
});

describe("manifest.xml ribbon (VersionOverrides)", () => {
  const host = child(child(versionOverrides, "Hosts"), "Host");
  const desktop = child(host, "DesktopFormFactor");
  const extensionPoint = child(desktop, "ExtensionPoint");
  const group = child(child(extensionPoint, "OfficeTab"), "Group");
  const button = child(group, "Control");

  const stringFor = (el: Element, locale?: string): string | undefined => {
    const resource = resourceById.get(child(el, "Label").getAttribute("resid") ?? "");
    return locale ? resource?.overrides.get(locale) : resource?.defaultValue;
  };

  it("is VersionOverridesV1_0 for a Document host", () => {
    expect(versionOverrides.namespaceURI).toBe(NS.overrides);
    expect(xsiType(versionOverrides)).toBe("VersionOverridesV1_0");
    expect(xsiType(host)).toBe("Document");
  });

  it("has a Get Started callout and a function file", () => {
    const getStarted = child(desktop, "GetStarted");
    expect(childElements(getStarted).map(nameOf)).toEqual(["Title", "Description", "LearnMoreUrl"]);
    expect(
      resourceById.get(child(desktop, "FunctionFile").getAttribute("resid") ?? "")?.defaultValue
    ).toBe(`${ORIGIN}commands.html`);
  });

  it("adds a 'Contract Review' group to the Home tab", () => {
    expect(xsiType(extensionPoint)).toBe("PrimaryCommandSurface");
    expect(child(extensionPoint, "OfficeTab").getAttribute("id")).toBe("TabHome");
    expect(stringFor(group)).toBe("Contract Review");
    expect(stringFor(group, "zh-CN")).toBe("合同审查");
  });

  it("has a 'Review contract' button that opens the task pane", () => {
    expect(xsiType(button)).toBe("Button");
    expect(stringFor(button)).toBe("Review contract");
    expect(stringFor(button, "zh-CN")).toBe("审查合同");
    expect(childElements(child(button, "Supertip")).map(nameOf)).toEqual(["Title", "Description"]);

    const action = child(button, "Action");
    expect(xsiType(action)).toBe("ShowTaskpane");
    expect(text(child(action, "TaskpaneId"))).toBe("ButtonId1");
    // Same page as DefaultSettings, so the button and the Add-ins menu open the same pane.
    const paneUrl = resourceById.get(
      child(action, "SourceLocation").getAttribute("resid") ?? ""
    )?.defaultValue;
    expect(paneUrl).toBe(`${ORIGIN}taskpane.html`);
  });

  it("gives the group and button 16/32/80 px icons", () => {
    for (const owner of [group, button]) {
      const sizes = childElements(child(owner, "Icon")).map((img) => img.getAttribute("size"));
      expect(sizes).toEqual(["16", "32", "80"]);
    }
  });
});

describe("manifest.xml resources", () => {
  it("defines every resid referenced in VersionOverrides, with the right kind", () => {
    const problems = residReferences().flatMap((el) => {
      const resource = resourceById.get(el.getAttribute("resid") ?? "");
      const kind = expectedKind(el);
      if (!resource) return [`${describeEl(el)} is not defined in <Resources>`];
      if (kind && resource.kind !== kind)
        return [`${describeEl(el)} points at ${resource.kind}, expected ${kind}`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it("has unique resource ids of at most 32 characters", () => {
    const ids = resources.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => id === "" || charCount(id) > LIMITS.resid)).toEqual([]);
  });

  it("points every bt:Image at an existing PNG under assets/ of the size in its name", () => {
    const problems = resources
      .filter((r) => r.kind === "Images")
      .flatMap((r) => [r.defaultValue, ...r.overrides.values()].map((url) => ({ id: r.id, url })))
      .flatMap(({ id, url }) => {
        const file = assetPath(url);
        const size = sizeFromName(url);
        if (!file || size === null)
          return [`${id}: ${url} is not ${ORIGIN}assets/<name>-<size>.png`];
        if (!existsSync(file))
          return [`${id}: ${file} does not exist (run node scripts/make-icons.mjs)`];
        const actual = pngSize(file);
        return actual.width === size && actual.height === size
          ? []
          : [`${id}: ${file} is ${actual.width}x${actual.height}, expected ${size}x${size}`];
      });
    expect(problems).toEqual([]);
  });

  it("uses each icon resource for the size it was drawn at", () => {
    const problems = residReferences()
      .filter((el) => nameOf(el) === "Image")
      .flatMap((el) => {
        const url = resourceById.get(el.getAttribute("resid") ?? "")?.defaultValue ?? "";
        const drawn = sizeFromName(url);
        return String(drawn) === el.getAttribute("size")
          ? []
          : [`${describeEl(el)} size=${el.getAttribute("size")} uses ${url}`];
      });
    expect(problems).toEqual([]);
  });

  it("serves every bt:Url and SourceLocation from https://localhost:3000/", () => {
    const urls = [
      ...resources
        .filter((r) => r.kind === "Urls")
        .flatMap((r) => [r.defaultValue, ...r.overrides.values()]),
      ...descendants(app, "*", "SourceLocation")
        .map((el) => el.getAttribute("DefaultValue"))
        .filter((u): u is string => u !== null),
    ];
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !url.startsWith(ORIGIN))).toEqual([]);
  });

  it("translates every ShortString and LongString into zh-CN", () => {
    const missing = resources
      .filter((r) => r.kind === "ShortStrings" || r.kind === "LongStrings")
      .filter((r) => !(r.overrides.get("zh-CN") ?? "").trim())
      .map((r) => `${r.kind}/${r.id}`);
    expect(missing).toEqual([]);
  });

  it("keeps ShortStrings within 125 and LongStrings within 250 characters", () => {
    const limitFor = (kind: ResourceKind): number | null =>
      kind === "ShortStrings"
        ? LIMITS.shortString
        : kind === "LongStrings"
          ? LIMITS.longString
          : null;
    const tooLong = resources.flatMap((r) => {
      const limit = limitFor(r.kind);
      if (limit === null) return [];
      return [r.defaultValue, ...r.overrides.values()]
        .filter((s) => charCount(s) > limit)
        .map((s) => `${r.kind}/${r.id}: ${charCount(s)} > ${limit} chars: "${s}"`);
    });
    expect(tooLong).toEqual([]);
  });
});
