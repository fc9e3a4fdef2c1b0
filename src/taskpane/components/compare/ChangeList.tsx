/**
 * The clause changes: a filter by kind (All / Added / Removed / Changed / Moved / Split / Merged) and
 * each changed clause as a compact redline. Clauses whose words stayed are counted, not listed.
 */
import * as React from "react";
import {
  Caption1,
  Tab,
  TabList,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { Alignment, AlignmentKind, Comparison } from "../../../engine/compare/types";
import { useT } from "../../PaneContext";
import { AlignmentItem } from "./AlignmentItem";
import { useCompareStyles } from "./styles";

export type ChangeFilter = "all" | Exclude<AlignmentKind, "same">;

const KINDS: Exclude<AlignmentKind, "same">[] = [
  "added",
  "removed",
  "changed",
  "moved",
  "split",
  "merged",
];

const useStyles = makeStyles({
  // Seven filters do not fit a narrow pane on one line.
  tabs: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXXS },
  list: { maxHeight: "60vh", overflowY: "auto" },
});

export function ChangeList({
  comparison,
  uiLanguage,
  onSelect,
}: {
  comparison: Comparison;
  uiLanguage: "zh" | "en";
  onSelect(alignment: Alignment): void | Promise<void>;
}) {
  const t = useT();
  const styles = useStyles();
  const shared = useCompareStyles();
  const headingId = useId("compare-changes");
  const tabId = useId("compare-filter");
  const [filter, setFilter] = React.useState<ChangeFilter>("all");

  // Indices into comparison.alignments: the list keys and the topics' references use them.
  const changed = comparison.alignments
    .map((alignment, index) => ({ alignment, index }))
    .filter(({ alignment }) => alignment.kind !== "same");
  const count = (kind: ChangeFilter) =>
    kind === "all" ? changed.length : changed.filter((c) => c.alignment.kind === kind).length;
  // A filter left on a kind the new comparison does not have falls back to all.
  const active: ChangeFilter = filter !== "all" && count(filter) === 0 ? "all" : filter;
  const shown = changed.filter(({ alignment }) => active === "all" || alignment.kind === active);
  const unchanged = comparison.alignments.length - changed.length;
  const renumbered = comparison.alignments.filter((a) => a.kind === "same" && a.renumbered).length;

  const titles = new Map(comparison.topics.map((topic) => [topic.topic, topic.title[uiLanguage]]));
  const topicTitles = (alignment: Alignment) =>
    alignment.topics.flatMap((topic) => (titles.has(topic) ? [titles.get(topic)!] : []));
  const filters: ChangeFilter[] = ["all", ...KINDS];

  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <Text as="h4" weight="semibold" id={headingId}>
        {t("compare_changesHeading")}
      </Text>
      {changed.length === 0 ? (
        <Caption1>{t("compare_noDifferences")}</Caption1>
      ) : (
        <>
          <TabList
            className={styles.tabs}
            size="small"
            aria-label={t("compare_filter")}
            selectedValue={active}
            onTabSelect={(_, data) => setFilter(data.value as ChangeFilter)}
          >
            {filters.map((kind) => (
              <Tab key={kind} id={`${tabId}-${kind}`} value={kind} disabled={count(kind) === 0}>
                {t("compare_filterCount", {
                  kind: kind === "all" ? t("compare_filter_all") : t(`compare_kind_${kind}`),
                  count: count(kind),
                })}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" aria-labelledby={`${tabId}-${active}`}>
            <ul className={mergeClasses(shared.list, styles.list)}>
              {shown.map(({ alignment, index }) => (
                <li key={index}>
                  <AlignmentItem
                    alignment={alignment}
                    language={comparison.language}
                    uiLanguage={uiLanguage}
                    topicTitles={topicTitles(alignment)}
                    onSelect={onSelect}
                  />
                </li>
              ))}
            </ul>
          </div>
        </>
      )}
      {unchanged > 0 && (
        <Caption1 className={shared.hint}>
          {unchanged === 1
            ? t("compare_sameClausesOne")
            : t("compare_sameClauses", { count: unchanged })}
          {renumbered > 0 && ` · ${t("compare_renumberedOnly", { count: renumbered })}`}
        </Caption1>
      )}
    </section>
  );
}
