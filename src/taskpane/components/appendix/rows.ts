/** Immutable edits of a form's row lists. */

export function replaceAt<T>(rows: readonly T[], index: number, patch: Partial<T>): T[] {
  return rows.map((row, i) => (i === index ? { ...row, ...patch } : row));
}

export function removeAt<T>(rows: readonly T[], index: number): T[] {
  return rows.filter((_, i) => i !== index);
}

export function moveTo<T>(rows: readonly T[], from: number, to: number): T[] {
  const next = [...rows];
  const [row] = next.splice(from, 1);
  next.splice(to, 0, row);
  return next;
}
