/** Row ids: a prefix and a counter ("f1", "p2", "c3"), so default forms and tests are stable. */

/** The ids `prefix`1 … `prefix`n, for n default rows. */
export function rowIds(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
}

/**
 * A new id for a row the user adds: one past the highest `prefix`N already used, so an id is never
 * reused after a row is deleted while the form is open (React keys stay unique).
 */
export function newRowId(prefix: string, existing: readonly (string | { id: string })[]): string {
  let highest = 0;
  for (const row of existing) {
    const id = typeof row === "string" ? row : row.id;
    if (!id.startsWith(prefix)) continue;
    const n = Number(id.slice(prefix.length));
    if (Number.isInteger(n) && n > highest) highest = n;
  }
  return `${prefix}${highest + 1}`;
}
