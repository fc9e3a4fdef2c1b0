/**
 * What the finding card and the overview show beyond the report, derived from it with the engine
 * (the pane's components may use the engine's types only): the numbers read beside the playbook's,
 * the word-level preview of a suggestion, and the contract's key terms.
 */
import { diffTokens, type DiffOp } from "../engine/diff/wordDiff";
import { keyTerms, type KeyTerm } from "../engine/keyTerms";
import { planFindingRedline } from "../engine/redline";
import { NUMERIC_POSITIONS } from "../engine/redline/positions";
import type { DocumentSnapshot } from "../engine/snapshot";
import type { Finding, Playbook, PositionValue, ReadValue, ReviewReport } from "../engine/types";
import type { ShownPosition } from "../library/valueFormat";

/** One row of "Read · Playbook": a value the rule read and the position it answers (either may lack). */
export type ComparisonRow = { key: string; read: ReadValue | null; position: ShownPosition | null };

/** Values whose playbook position has another name (numbers: NUMERIC_POSITIONS). */
const POSITION_OF: Record<string, string> = {
  renewalAtThenCurrentPrices: "fixedRenewalPrice",
  priceIncrease: "maxAnnualIncreasePercent",
  userCap: "additionalUsersAtSameUnitPrice",
  unpricedMetering: "additionalUsersAtSameUnitPrice",
  upgradeQualifier: "upgradesIncluded",
  upgradesCharged: "upgradesIncluded",
  openEndedFee: "allFeesListed",
  scopeReference: "featureAppendix",
  deemedAcceptance: "writtenAcceptance",
  migrationByVendor: "vendorMigrates",
  apiCallLimit: "namedSystems",
  trainingCharged: "minOnsiteSessions",
  documentationOnly: "minOnsiteSessions",
  maintenanceCharged: "minFreeMaintenanceYears",
  vendorUse: "customerOwnsData",
  exportRight: "exportFree",
  storageLocation: "region",
  vendorAccess: "leastPrivilege",
  configurationOwner: "customerOwnsConfigurations",
  terminationForConvenience: "convenienceNoticeDays",
  governingLaw: "preferredLaw",
  unilateralChange: "writtenAmendmentOnly",
  dataBreachCapped: "dataBreachUncapped",
};

/** The value key a numeric position answers ("maxInvoiceBusinessDays" → "invoiceDays"). */
const VALUE_OF_POSITION = new Map(
  Object.entries(NUMERIC_POSITIONS).map(([key, spec]) => [spec.position, key])
);

function shown(position: Record<string, PositionValue>, key: string): ShownPosition | null {
  const value = position[key];
  if (value === undefined) return null;
  const numeric = NUMERIC_POSITIONS[VALUE_OF_POSITION.get(key) ?? ""];
  return numeric
    ? { key, value, bound: numeric.bound, unit: numeric.positionUnit }
    : { key, value };
}

/**
 * The numbers and facts a finding read, each beside the playbook's position it breaks ("Cancellation
 * notice: 90 days · at most 30 days"): the finding's own position, else the topic's in the playbook
 * (a notice finding also read that the contract renews automatically). A finding that read nothing
 * (no invoice deadline at all) shows the playbook's numbers alone.
 */
export function readVsPosition(
  finding: Finding,
  topicPosition: Record<string, PositionValue> = {}
): ComparisonRow[] {
  const position = { ...topicPosition, ...finding.position };
  const entries = Object.entries(finding.values);
  if (entries.length === 0) {
    return Object.keys(finding.position)
      .filter((key) => VALUE_OF_POSITION.has(key))
      .map((key) => ({
        key: VALUE_OF_POSITION.get(key)!,
        read: null,
        position: shown(position, key),
      }));
  }
  return entries.map(([key, read]) => {
    const positionKey =
      NUMERIC_POSITIONS[key]?.position ?? (key in position ? key : POSITION_OF[key]);
    return { key, read, position: positionKey ? shown(position, positionKey) : null };
  });
}

/** A suggestion as it would change the document: each changed paragraph as word-level diff ops. */
export type RedlinePreview = {
  changes: { paragraph: number; ops: DiffOp[] }[];
  /** Paragraphs the suggestion adds as a new clause. */
  inserted: string[];
};

/**
 * The edit "Apply suggestion" would make (planFindingRedline — the minimal redline, numbers changed
 * whole: "~~ninety (90)~~ thirty (30) days"), as diff ops; null without a plan (stale, nothing to do).
 */
export function redlinePreview(
  snapshot: DocumentSnapshot | null,
  finding: Finding
): RedlinePreview | null {
  if (!snapshot || !finding.suggestion) return null;
  const plan = planFindingRedline(snapshot, finding);
  if (!plan) return null;
  return {
    changes: plan.changes.map((change) => {
      const ops: DiffOp[] = [];
      const push = (kind: DiffOp["kind"], text: string) => {
        if (text) ops.push({ kind, text });
      };
      let at = 0;
      for (const edit of change.edits) {
        push("equal", change.before.slice(at, edit.start));
        push("delete", edit.deleted);
        push("insert", edit.insert);
        at = edit.end;
      }
      push("equal", change.before.slice(at));
      // Edits that do not rebuild `after` (a host may adjust them) fall back to a word diff.
      const rebuilt = ops
        .filter((o) => o.kind !== "delete")
        .map((o) => o.text)
        .join("");
      return {
        paragraph: change.paragraph,
        ops: rebuilt === change.after ? ops : diffTokens(change.before, change.after),
      };
    }),
    inserted: plan.insertion?.paragraphs ?? [],
  };
}

/** The contract's key terms, from the review and the snapshot it read; none before a review. */
export function keyTermsOf(
  snapshot: DocumentSnapshot | null,
  report: ReviewReport | null,
  playbook: Playbook
): KeyTerm[] {
  return snapshot && report ? keyTerms(snapshot, report, playbook) : [];
}
