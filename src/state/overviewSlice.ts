/**
 * The overview's filters — severity, verdict, topic group — shared by the playbook checklist and the
 * findings list, so both show the same slice of the review. An empty filter lets everything through.
 */
import type { StateCreator } from "zustand/vanilla";
import type { Finding, Severity, TopicResult, Verdict } from "../engine/types";
import { topicGroup, type TopicGroup } from "../library/topicGroups";
import { visibleFindings } from "./editSlice";
import type { Dependencies, PaneState } from "./store";

export type OverviewFilters = {
  severities: Severity[];
  verdicts: Verdict[];
  groups: TopicGroup[];
};

export type OverviewSlice = {
  filters: OverviewFilters;
  /** Adds the value to the filter, or takes it out if it is there. */
  toggleSeverityFilter(severity: Severity): void;
  toggleVerdictFilter(verdict: Verdict): void;
  toggleGroupFilter(group: TopicGroup): void;
  clearFilters(): void;
};

const NO_FILTERS: OverviewFilters = { severities: [], verdicts: [], groups: [] };

const toggled = <T>(list: T[], value: T): T[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

const passes = <T>(list: T[], value: T | null): boolean =>
  list.length === 0 || (value !== null && list.includes(value));

/** Does a checked topic pass the filters? Its severity is its worst finding's (or its missing one). */
export function topicPasses(filters: OverviewFilters, topic: TopicResult): boolean {
  return (
    passes(filters.verdicts, topic.verdict) &&
    passes(filters.groups, topicGroup(topic.topic)) &&
    passes(filters.severities, topic.severity)
  );
}

/** The findings the pane lists (not dismissed, document order) that pass the overview's filters. */
export function filteredFindings(
  state: Pick<PaneState, "report" | "dismissed" | "filters">
): Finding[] {
  const { filters, report } = state;
  const findings = visibleFindings(state);
  if (!report || filters === NO_FILTERS) return findings;
  const verdicts = new Map(report.topics.map((t) => [t.topic, t.verdict]));
  return findings.filter(
    (f) =>
      passes(filters.severities, f.severity) &&
      passes(filters.verdicts, verdicts.get(f.topic) ?? null) &&
      passes(filters.groups, topicGroup(f.topic))
  );
}

export const createOverviewSlice =
  (_deps: Dependencies): StateCreator<PaneState, [], [], OverviewSlice> =>
  (set) => ({
    filters: NO_FILTERS,
    toggleSeverityFilter: (severity) =>
      set((s) => ({
        filters: { ...s.filters, severities: toggled(s.filters.severities, severity) },
      })),
    toggleVerdictFilter: (verdict) =>
      set((s) => ({ filters: { ...s.filters, verdicts: toggled(s.filters.verdicts, verdict) } })),
    toggleGroupFilter: (group) =>
      set((s) => ({ filters: { ...s.filters, groups: toggled(s.filters.groups, group) } })),
    clearFilters: () => set({ filters: NO_FILTERS }),
  });
