/**
 * Runs: the pieces of a paragraph's text that share a highlight and a revision. Pure helpers over
 * run arrays; the model (model.ts) decides when to use them and keeps anchors in step.
 */
export type RevisionKind = "insert" | "delete" | "format";

/** A tracked change on a run or a paragraph mark, as Word records it: what, by whom, when. */
export type Revision = {
  readonly kind: RevisionKind;
  /** Shared by every run (and paragraph mark) one edit produced. */
  readonly id: string;
  readonly author: string;
  /** ISO 8601. */
  readonly date: string;
  /** Format revisions only: the highlight before the change, restored on reject. */
  readonly previousHighlight?: string | null;
  /** A paragraph's style change (ModelParagraph.styleRevision): the style before it, restored on reject. */
  readonly previousStyle?: { readonly style: string; readonly headingLevel?: number };
};

export type Run = {
  readonly text: string;
  /** "#RRGGBB" or null (see colors.ts). */
  readonly highlight: string | null;
  /** Set when the run is a tracked insertion, deletion or formatting change. */
  readonly revision?: Revision;
};

/** A run's part inside [from, to), at its paragraph offsets. */
export type Piece = { readonly start: number; readonly end: number; readonly run: Run };

export function sameRevision(a: Revision | undefined, b: Revision | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return a.id === b.id && a.kind === b.kind && a.previousHighlight === b.previousHighlight;
}

export function textOfRuns(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join("");
}

/** A run with another text (its highlight and revision kept). */
export function withText(run: Run, text: string): Run {
  return run.revision === undefined
    ? { text, highlight: run.highlight }
    : { text, highlight: run.highlight, revision: run.revision };
}

/** A run without its revision. */
export function plain(run: Run): Run {
  return { text: run.text, highlight: run.highlight };
}

/** Adjacent runs with the same highlight and revision become one; empty runs go. */
export function merge(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (run.text === "") continue;
    const last = out[out.length - 1];
    if (last && last.highlight === run.highlight && sameRevision(last.revision, run.revision))
      out[out.length - 1] = withText(last, last.text + run.text);
    else out.push(run);
  }
  return out;
}

/** The run holding the character at `offset` (the last run past the end). */
export function runAt(runs: readonly Run[], offset: number): Run | undefined {
  let start = 0;
  for (const run of runs) {
    if (offset < start + run.text.length) return run;
    start += run.text.length;
  }
  return runs[runs.length - 1];
}

/** The parts of the runs that lie in [from, to), in order. */
export function pieces(runs: readonly Run[], from: number, to: number): Piece[] {
  const out: Piece[] = [];
  let start = 0;
  for (const run of runs) {
    const end = start + run.text.length;
    if (end > from && start < to) {
      const a = Math.max(start, from);
      const b = Math.min(end, to);
      out.push({ start: a, end: b, run: withText(run, run.text.slice(a - start, b - start)) });
    }
    start = end;
  }
  return out;
}

/** The runs with [from, to) replaced by `insert`. */
export function spliceRuns(
  runs: readonly Run[],
  from: number,
  to: number,
  insert: readonly Run[]
): Run[] {
  const total = textOfRuns(runs).length;
  const before = pieces(runs, 0, from).map((p) => p.run);
  const after = pieces(runs, to, total).map((p) => p.run);
  return merge([...before, ...insert, ...after]);
}

/**
 * The runs with `change` applied to every run part in [from, to). `change` must depend on a run's
 * highlight and revision only, not its text; returning the run itself means "unchanged", and when
 * nothing changes the same array comes back (so a renderer can memoise by identity).
 */
export function transformRuns(
  runs: readonly Run[],
  from: number,
  to: number,
  change: (run: Run) => Run
): readonly Run[] {
  let changed = false;
  const out: Run[] = [];
  let start = 0;
  for (const run of runs) {
    const end = start + run.text.length;
    const next = end > from && start < to ? change(run) : run;
    if (next === run) {
      out.push(run);
    } else {
      changed = true;
      const a = Math.max(start, from) - start;
      const b = Math.min(end, to) - start;
      if (a > 0) out.push(withText(run, run.text.slice(0, a)));
      out.push(withText(next, run.text.slice(a, b)));
      if (b < run.text.length) out.push(withText(run, run.text.slice(b)));
    }
    start = end;
  }
  return changed ? merge(out) : runs;
}
