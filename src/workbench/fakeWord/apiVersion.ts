/** WordApi requirement-set versions ("1.3", "1.8", …) the fake claims, answered through isSetSupported. */
export type ApiVersion = `1.${number}`;

export const DEFAULT_API_VERSION: ApiVersion = "1.3";

/** True when `available` is at least `required` ("1.10" > "1.9"). */
export function versionAtLeast(available: string, required: string): boolean {
  const a = parse(available);
  const r = parse(required);
  for (let i = 0; i < Math.max(a.length, r.length); i++) {
    const d = (a[i] ?? 0) - (r[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

function parse(version: string): number[] {
  return version.split(".").map((n) => Number.parseInt(n, 10) || 0);
}
