/**
 * The contract's key terms as the document states them — term, notices, fees, users, service
 * levels, law, data location — by group. Each value is a button that selects the clause stating it.
 */
import * as React from "react";
import { Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { KEY_TERM_GROUPS, formatKeyTerm, keyTermName } from "../../../library/keyTermWording";
import { keyTermsOf } from "../../../state";
import { usePane, useT } from "../../PaneContext";
import { useOverviewStyles } from "./styles";

const useStyles = makeStyles({
  group: { margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase200 },
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    alignItems: "center",
  },
  name: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  value: { margin: 0, minWidth: 0 },
  button: {
    minWidth: 0,
    maxWidth: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    overflowWrap: "anywhere",
    height: "auto",
  },
});

export function KeyTerms({ uiLanguage }: { uiLanguage: "zh" | "en" }) {
  const t = useT();
  const styles = useStyles();
  const shared = useOverviewStyles();
  const snapshot = usePane((s) => s.snapshot);
  const report = usePane((s) => s.report);
  const playbook = usePane((s) => s.playbook);
  const goToAnchor = usePane((s) => s.goToAnchor);
  const terms = React.useMemo(
    () => keyTermsOf(snapshot, report, playbook),
    [snapshot, report, playbook]
  );
  if (!report) return null;

  return (
    <section aria-labelledby="key-terms-heading" className={shared.section}>
      <Subtitle2 as="h3" id="key-terms-heading">
        {t("overview_keyTerms")}
      </Subtitle2>
      {terms.length === 0 && (
        <Caption1 className={shared.hint}>{t("overview_noKeyTerms")}</Caption1>
      )}
      {KEY_TERM_GROUPS.map((group) => {
        const shown = terms.filter((term) => group.terms.includes(term.id));
        if (shown.length === 0) return null;
        const headingId = `key-terms-${group.id}`;
        return (
          <div key={group.id}>
            <h4 id={headingId} className={styles.group}>
              {group.name[uiLanguage]}
            </h4>
            <dl aria-labelledby={headingId} className={styles.list}>
              {shown.map((term) => {
                const name = keyTermName(term.id, uiLanguage);
                const value = formatKeyTerm(term, uiLanguage);
                return (
                  <React.Fragment key={term.id}>
                    <dt className={styles.name}>{name}</dt>
                    <dd className={styles.value}>
                      <Button
                        size="small"
                        appearance="transparent"
                        className={styles.button}
                        title={term.anchor.quote}
                        aria-label={t("overview_goToTerm", { name, value })}
                        onClick={() => void goToAnchor(term.anchor)}
                      >
                        {value}
                      </Button>
                    </dd>
                  </React.Fragment>
                );
              })}
            </dl>
          </div>
        );
      })}
    </section>
  );
}
