/** The highest WordApi requirement set this client supports (manifest floor: 1.3). */
export function detectWordApi(office: Pick<typeof Office, "context">): string {
  const versions = ["1.9", "1.8", "1.7", "1.6", "1.5", "1.4", "1.3"];
  // Office.context.requirements.isSetSupported — the documented way to feature-detect an API set.
  return versions.find((v) => office.context.requirements.isSetSupported("WordApi", v)) ?? "1.3";
}

/** True when `available` is at least `required` ("1.10" > "1.9"). */
export function versionAtLeast(available: string, required: string): boolean {
  const a = available.split(".").map(Number);
  const r = required.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, r.length); i++) {
    const d = (a[i] || 0) - (r[i] || 0);
    if (d !== 0) return d > 0;
  }
  return true;
}
