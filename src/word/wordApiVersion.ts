/** The highest WordApi requirement set this client supports (manifest floor: 1.3). */
export function detectWordApi(office: Pick<typeof Office, "context">): string {
  const versions = ["1.9", "1.8", "1.7", "1.6", "1.5", "1.4", "1.3"];
  // Office.context.requirements.isSetSupported — the documented way to feature-detect an API set.
  return versions.find((v) => office.context.requirements.isSetSupported("WordApi", v)) ?? "1.3";
}
