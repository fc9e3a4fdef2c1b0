/**
 * What a `load(...)` call asks for, parsed once at the call. The forms are those of ClientObject.load in
 * @types/office-js: a comma-delimited string or an array of strings ("text,style",
 * "items/font/highlightColor"), `{ select, expand }`, or the boolean-object form
 * (`{ text: true, font: { highlightColor: true } }`); no argument loads every scalar property.
 */
export type LoadSpec = {
  /** Load every scalar property of this object. */
  all: boolean;
  /** Property names at this level (scalar, or navigation meaning "all its scalars"). */
  props: Set<string>;
  /** Navigation properties with what to load on them. */
  nav: Map<string, LoadSpec>;
};

export type LoadOption =
  | string
  | string[]
  | { select?: string; expand?: string }
  | { [property: string]: boolean | LoadOption | undefined }
  | undefined
  | null;

export function emptySpec(all = false): LoadSpec {
  return { all, props: new Set(), nav: new Map() };
}

export function parseLoadOption(option: LoadOption): LoadSpec {
  if (option === undefined || option === null) return emptySpec(true);
  const spec = emptySpec();
  if (typeof option === "string") {
    addPaths(spec, option);
  } else if (Array.isArray(option)) {
    for (const entry of option) addPaths(spec, entry);
  } else if (isSelectExpand(option)) {
    if (option.select !== undefined) addPaths(spec, option.select);
    if (option.expand !== undefined) {
      for (const path of split(option.expand)) child(spec, path.split("/")).all = true;
    }
    if (option.select === undefined) spec.all = true;
  } else {
    addObject(spec, option as Record<string, unknown>);
  }
  return spec;
}

/** On a collection, properties other than `items` mean the items' properties (`paragraphs.load("text")`). */
export function itemSpecOf(spec: LoadSpec): LoadSpec {
  const items = emptySpec(spec.all);
  const merge = (from: LoadSpec): void => {
    if (from.all) items.all = true;
    for (const p of from.props) items.props.add(p);
    for (const [name, sub] of from.nav) {
      const existing = items.nav.get(name);
      items.nav.set(name, existing ? mergeSpecs(existing, sub) : sub);
    }
  };
  for (const p of spec.props) {
    if (p === "items") items.all = true;
    else items.props.add(p);
  }
  for (const [name, sub] of spec.nav) {
    if (name === "items") merge(sub);
    else merge({ all: false, props: new Set(), nav: new Map([[name, sub]]) });
  }
  return items;
}

function mergeSpecs(a: LoadSpec, b: LoadSpec): LoadSpec {
  const out = emptySpec(a.all || b.all);
  for (const p of [...a.props, ...b.props]) out.props.add(p);
  for (const [name, sub] of [...a.nav, ...b.nav]) {
    const existing = out.nav.get(name);
    out.nav.set(name, existing ? mergeSpecs(existing, sub) : sub);
  }
  return out;
}

function isSelectExpand(option: object): option is { select?: string; expand?: string } {
  const keys = Object.keys(option);
  return (
    keys.length > 0 &&
    keys.every((k) => k === "select" || k === "expand") &&
    Object.values(option).every((v) => typeof v === "string" || v === undefined)
  );
}

function split(list: string): string[] {
  return list
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function addPaths(spec: LoadSpec, list: string): void {
  for (const path of split(list)) {
    const parts = path.split("/").map((s) => s.trim());
    const last = parts.pop() as string;
    child(spec, parts).props.add(last);
  }
}

function child(spec: LoadSpec, parts: string[]): LoadSpec {
  let at = spec;
  for (const name of parts) {
    let next = at.nav.get(name);
    if (!next) {
      next = emptySpec();
      at.nav.set(name, next);
    }
    at = next;
  }
  return at;
}

function addObject(spec: LoadSpec, option: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(option)) {
    if (key === "$all") {
      if (value === true) spec.all = true;
    } else if (key.startsWith("$")) {
      // $top / $skip: the fake returns every item.
    } else if (value === true) {
      spec.props.add(key);
    } else if (value && typeof value === "object") {
      const sub = parseLoadOption(value as LoadOption);
      const existing = spec.nav.get(key);
      spec.nav.set(key, existing ? mergeSpecs(existing, sub) : sub);
    }
  }
}
