/**
 * The contract's key terms at a glance — term and renewal, notices, fees and payment, users, service
 * levels, law and forum, data location — each read from the document with the clause that states it.
 *
 * Sources, in order: the review's findings (the value the finding quotes), the numbers the topic's
 * clauses state even where they meet the playbook (compare/statedValues.ts), the topic rule's own
 * reader (governing law, forum), and small readers for what no rule reports (keyTermReaders.ts). A
 * term the document does not state is left out.
 */
import { statedFindings, type ProbeDraft } from "./compare/statedValues";
import { anchorIn } from "./clauseText";
import * as readers from "./keyTermReaders";
import type { Read, Reader } from "./keyTermReaders";
import { normalizeForMatch } from "./normalize";
import { NUMERIC_POSITIONS, type Bound } from "./redline/positions";
import { normalizedParagraphs, segment, type Clause } from "./segment";
import type { DocumentSnapshot } from "./snapshot";
import { topicRules } from "./topics";
import type { Anchor, Finding, Playbook, ReadValue, ReviewReport, TopicResult } from "./types";

export type KeyTermId =
  | "termLength"
  | "automaticRenewal"
  | "cancellationNoticeDays"
  | "terminationNotice"
  | "breachNotice"
  | "paymentPeriod"
  | "paymentDays"
  | "annualIncreasePercent"
  | "userCap"
  | "availabilityPercent"
  | "p1ResponseHours"
  | "p2ResponseHours"
  | "p3ResponseHours"
  | "anyResponseHours"
  | "governingLaw"
  | "forum"
  | "storageLocation";

export type KeyTerm = {
  id: KeyTermId;
  /** The playbook topic whose clauses state it. */
  topic: string;
  /** A number or fact with its unit, or a place as written (law, forum, data location). */
  value: ReadValue | string;
  /** The words as written in the document. */
  text: string;
  /** The sentence that states it. */
  anchor: Anchor;
};

type Spec = {
  id: KeyTermId;
  topic: string;
  /** The value key the topic's findings carry (docs/judging.md). */
  key?: string;
  /** Findings whose anchor sits on this value (default: NUMERIC_POSITIONS' codes for the key). */
  codes?: string[];
  /** The value is a place as written (law, forum, data location): a string. */
  place?: boolean;
  /** A value the finding carries that says the document states nothing. */
  unstated?: string;
  /** The rule's own reader of non-numbers (governing law, forum). */
  ruleRead?: boolean;
  read?: Reader;
  /** Also read clauses outside the topic (a parties table's "Service Term | one (1) year"). */
  anywhere?: boolean;
};

/** In display order; keyTermWording.ts names and groups them. */
const SPECS: Spec[] = [
  { id: "termLength", topic: "term-renewal", read: readers.termLength, anywhere: true },
  // The reader is the rule's own test, quoting the words (the rule's value carries none).
  { id: "automaticRenewal", topic: "term-renewal", read: readers.automaticRenewal },
  { id: "cancellationNoticeDays", topic: "term-renewal", key: "cancellationNoticeDays" },
  { id: "terminationNotice", topic: "termination-exit", read: readers.terminationNotice },
  { id: "breachNotice", topic: "data-residency", read: readers.breachNotice, anywhere: true },
  {
    id: "paymentPeriod",
    topic: "payment-terms",
    key: "paymentPeriod",
    codes: ["annual-upfront"],
    read: readers.paymentPeriod,
  },
  { id: "paymentDays", topic: "payment-terms", read: readers.paymentDays },
  { id: "annualIncreasePercent", topic: "pricing-changes", key: "annualIncreasePercent" },
  {
    id: "userCap",
    topic: "licensing-model",
    key: "userCap",
    codes: ["user-cap-overage"],
    read: readers.userCount,
  },
  { id: "availabilityPercent", topic: "availability-sla", key: "availabilityPercent" },
  { id: "p1ResponseHours", topic: "support-response", key: "p1ResponseHours" },
  { id: "p2ResponseHours", topic: "support-response", key: "p2ResponseHours" },
  { id: "p3ResponseHours", topic: "support-response", key: "p3ResponseHours" },
  { id: "anyResponseHours", topic: "support-response", key: "anyResponseHours" },
  {
    id: "governingLaw",
    topic: "governing-law",
    key: "governingLaw",
    codes: ["foreign-law"],
    place: true,
    ruleRead: true,
  },
  {
    id: "forum",
    topic: "governing-law",
    key: "forum",
    codes: ["foreign-forum", "vendor-forum"],
    place: true,
    ruleRead: true,
  },
  {
    id: "storageLocation",
    topic: "data-residency",
    key: "storageLocation",
    codes: ["data-abroad"],
    place: true,
    unstated: "unstated",
    read: readers.dataLocation,
  },
];

type Found = Omit<KeyTerm, "id" | "topic">;

export function keyTerms(
  snapshot: DocumentSnapshot,
  report: ReviewReport,
  playbook: Playbook
): KeyTerm[] {
  const normalized = normalizedParagraphs(snapshot);
  const clauses = segment(snapshot, normalized);
  const clauseOf = new Int32Array(snapshot.paragraphs.length).fill(-1);
  for (const c of clauses) for (const p of c.paragraphs) clauseOf[p] = c.index;
  const draft: ProbeDraft = { snapshot, normalized, clauses, report, clauseOf };
  const probes = new Map<string, ReturnType<typeof statedFindings>>();
  const probe = (result: TopicResult) => {
    let found = probes.get(result.topic);
    if (!found) {
      const topic = playbook.topics.find((t) => t.id === result.topic);
      found = topic ? statedFindings(draft, topic, result) : { clauses: [], findings: [] };
      probes.set(result.topic, found);
    }
    return found;
  };

  const out: KeyTerm[] = [];
  for (const spec of SPECS) {
    const result = report.topics.find((t) => t.topic === spec.topic);
    if (!result?.checked) continue;
    // A finding may quote one sentence and a value stated in another (an overage clause, the cap
    // in the order form): its value is looked up in the topic's clauses, then the whole document.
    const where = () => [...probe(result).clauses, ...clauses];
    const found =
      fromFindings(snapshot, spec, result.findings, where) ??
      fromFindings(snapshot, spec, probe(result).findings, where) ??
      fromClauses(snapshot, spec, probe(result).clauses) ??
      (spec.anywhere ? fromClauses(snapshot, spec, clauses) : undefined);
    if (found) out.push({ id: spec.id, topic: spec.topic, ...found });
  }
  return out;
}

/** The value from the findings that read it; of several numbers, the one worst for the customer. */
function fromFindings(
  snapshot: DocumentSnapshot,
  spec: Spec,
  findings: readonly Finding[],
  clauses: () => readonly Clause[]
): Found | undefined {
  const key = spec.key;
  if (!key) return undefined;
  const numeric = NUMERIC_POSITIONS[key];
  const codes = spec.codes ?? numeric?.codes ?? [];
  const candidates = findings.filter((f) => {
    const read = f.values[key];
    return read !== undefined && codes.includes(f.reason.code) && read.value !== spec.unstated;
  });
  if (candidates.length === 0) return undefined;
  const chosen = numeric ? worst(candidates, key, numeric.bound) : first(candidates);
  const read = chosen.values[key];
  // Places are strings as written; numbers, yes/no and codes (a payment period) stay read values.
  const value = spec.place ? String(read.value) : read;
  const stated = stating(snapshot, chosen.anchor, read.text ?? String(read.value), clauses);
  return { value, ...stated };
}

/**
 * The words as written and the sentence that states them: the finding's own sentence where it
 * holds them (rules may quote normalised text, "九十(90)日"), else the first clause that does.
 */
function stating(
  snapshot: DocumentSnapshot,
  anchor: Anchor,
  text: string,
  clauses: () => readonly Clause[]
): { text: string; anchor: Anchor } {
  const norm = normalizeForMatch(text);
  const inQuote = indexOfWhole(normalizeForMatch(anchor.quote), norm);
  if (inQuote >= 0) return { text: anchor.quote.slice(inQuote, inQuote + text.length), anchor };
  const body = clauses().filter((c) => c.kind === "clause" || c.kind === "table-row");
  const own = body.filter((c) => c.paragraphs.includes(anchor.paragraph));
  for (const clause of [...own, ...body]) {
    const at = indexOfWhole(clause.norm, norm);
    if (at < 0) continue;
    return {
      text: clause.text.slice(at, at + text.length),
      anchor: anchorIn(snapshot, clause, at, at + text.length),
    };
  }
  return { text, anchor };
}

/** Where `part` stands in `text` as a whole number or words: "50" not inside "150" or "50.5". */
function indexOfWhole(text: string, part: string): number {
  const digit = /[\d.]/;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
    const before = text[at - 1] ?? "";
    const after = text[at + part.length] ?? "";
    if (
      !(digit.test(part[0]) && digit.test(before)) &&
      !(digit.test(part.at(-1)!) && /\d/.test(after))
    )
      return at;
  }
  return -1;
}

function first(findings: Finding[]): Finding {
  return [...findings].sort(byPosition)[0];
}

function worst(findings: Finding[], key: string, bound: Bound): Finding {
  const n = (f: Finding) => Number(f.values[key].value);
  return [...findings]
    .sort(byPosition)
    .reduce((a, b) => ((bound === "max" ? n(b) > n(a) : n(b) < n(a)) ? b : a));
}

const byPosition = (a: Finding, b: Finding) =>
  a.anchor.paragraph - b.anchor.paragraph || a.anchor.start - b.anchor.start;

/** The first clause, in document order, that the spec's reader (or the rule's) reads a value in. */
function fromClauses(
  snapshot: DocumentSnapshot,
  spec: Spec,
  clauses: readonly Clause[]
): Found | undefined {
  for (const clause of clauses) {
    if (clause.kind !== "clause" && clause.kind !== "table-row") continue;
    const read =
      spec.read?.(clause) ?? (spec.ruleRead && spec.key ? placeRead(clause, spec) : undefined);
    if (!read) continue;
    const text =
      typeof read.value === "string"
        ? read.value
        : (read.value.text ?? clause.text.slice(read.start, read.end));
    return { value: read.value, text, anchor: anchorIn(snapshot, clause, read.start, read.end) };
  }
  return undefined;
}

/** The place the topic rule's own reader names in the clause (governing law, forum), located in it. */
function placeRead(clause: Clause, spec: Spec): Read | undefined {
  const read = topicRules.get(spec.topic)?.read?.(clause)[spec.key!];
  if (!read) return undefined;
  // A table row's label can run into the place: "法律与争议解决 | 适用中华人民共和国".
  const place = String(read.value).split(" | ").pop()!.replace(/^适用/, "").trim();
  const at = place ? clause.text.indexOf(place) : -1;
  return at >= 0 ? { value: place, start: at, end: at + place.length } : undefined;
}
