/**
 * The clause library browser: search the playbook's standard clauses (Chinese or English), preview one
 * with the playbook's numbers, pick the clause language and insert it at the cursor. Props-driven: the
 * caller supplies the playbook, the languages and what inserting does.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Radio,
  RadioGroup,
  SearchBox,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { Language, Playbook } from "../../engine/types";
import { searchClauses } from "../../library/clauseSearch";
import { useT } from "../PaneContext";

export type ClauseLibraryProps = {
  playbook: Playbook;
  /** The document's language: the default language of the inserted clause. */
  documentLanguage: Language;
  /** Titles are shown in this language. */
  uiLanguage: Language;
  /** Why inserting is not possible now (e.g. read-only document), or null. */
  insertBlockedReason: string | null;
  onInsert(text: string, language: Language, topic: string): void | Promise<void>;
};

const useStyles = makeStyles({
  library: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  list: {
    listStyle: "none",
    padding: 0,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    maxHeight: "40vh",
    overflowY: "auto",
  },
  // One result: its title is the button; the first line under it is the button's description,
  // outside it (a control's name must contain the text it shows), and a click on it chooses too.
  entry: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    cursor: "pointer",
    paddingBottom: tokens.spacingVerticalXXS,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  item: {
    width: "100%",
    maxWidth: "100%",
    minWidth: 0,
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
  },
  firstLine: {
    display: "block",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground3,
  },
  preview: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  clause: {
    display: "block",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  insert: { alignSelf: "flex-start" },
  help: { color: tokens.colorNeutralForeground3 },
  // Plain text rather than a MessageBar: MessageBar needs ResizeObserver, which jsdom lacks.
  blocked: { color: tokens.colorStatusWarningForeground3 },
});

/** The clause's first sentence (first line), shown under the title; CSS clips it to one line. */
function firstLine(text: string): string {
  const line = text.split("\n")[0];
  return /^[\s\S]*?(?:[。！？；]|[.!?;](?=\s|$))/.exec(line)?.[0] ?? line;
}

/** BCP 47 tag of a clause language, for the `lang` attribute (screen readers switch voice). */
const LANG_TAG: Record<Language, string> = { zh: "zh-CN", en: "en" };

export function ClauseLibrary({
  playbook,
  documentLanguage,
  uiLanguage,
  insertBlockedReason,
  onInsert,
}: ClauseLibraryProps) {
  const t = useT();
  const styles = useStyles();
  const headingId = useId("library-heading");
  const previewId = useId("library-preview");
  const helpId = useId("library-help");
  const reasonId = useId("library-blocked");
  const itemId = useId("library-item");

  const [query, setQuery] = React.useState("");
  const [selectedTopic, setSelectedTopic] = React.useState<string | null>(null);
  // Follows the document's language until the user picks one.
  const [chosenLanguage, setChosenLanguage] = React.useState<Language | null>(null);
  const [inserting, setInserting] = React.useState(false);

  const results = React.useMemo(() => searchClauses(playbook, query), [playbook, query]);
  const selected = results.find((entry) => entry.topic === selectedTopic) ?? null;
  const clauseLanguage = chosenLanguage ?? documentLanguage;
  const blocked = insertBlockedReason !== null;

  const count =
    results.length === 0
      ? t("library_noResults")
      : results.length === 1
        ? t("library_resultsOne")
        : t("library_results", { count: results.length });

  async function insert() {
    if (!selected || blocked || inserting) return;
    setInserting(true);
    try {
      await onInsert(selected[clauseLanguage], clauseLanguage, selected.topic);
    } finally {
      setInserting(false);
    }
  }

  return (
    <section className={styles.library} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {t("library_heading")}
      </Subtitle2>
      <Field label={t("library_search")}>
        <SearchBox
          value={query}
          placeholder={t("library_searchPlaceholder")}
          onChange={(_, data) => setQuery(data.value)}
        />
      </Field>
      <Caption1 aria-live="polite" aria-atomic="true">
        {count}
      </Caption1>
      {results.length > 0 && (
        <ul className={styles.list} aria-label={t("library_resultsLabel")}>
          {results.map((entry) => (
            <li
              key={entry.topic}
              className={styles.entry}
              onClick={() => setSelectedTopic(entry.topic)}
            >
              <Button
                className={styles.item}
                appearance="subtle"
                aria-pressed={entry.topic === selected?.topic}
                aria-describedby={`${itemId}-${entry.topic}-line`}
                onClick={(e) => {
                  e.stopPropagation();
                  setSelectedTopic(entry.topic);
                }}
              >
                <Text weight="semibold">{entry.title[uiLanguage]}</Text>
              </Button>
              <Caption1
                id={`${itemId}-${entry.topic}-line`}
                className={styles.firstLine}
                lang={LANG_TAG[clauseLanguage]}
              >
                {firstLine(entry[clauseLanguage])}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      {selected ? (
        <section className={styles.preview} aria-labelledby={previewId}>
          <Text as="h3" weight="semibold" id={previewId}>
            {t("library_preview", { title: selected.title[uiLanguage] })}
          </Text>
          <Field label={t("library_clauseLanguage")}>
            <RadioGroup
              layout="horizontal"
              value={clauseLanguage}
              onChange={(_, data) => setChosenLanguage(data.value as Language)}
            >
              <Radio value="zh" label={t("library_languageZh")} />
              <Radio value="en" label={t("library_languageEn")} />
            </RadioGroup>
          </Field>
          <Body1 className={styles.clause} lang={LANG_TAG[clauseLanguage]}>
            {selected[clauseLanguage]}
          </Body1>
          <Button
            className={styles.insert}
            appearance="primary"
            disabledFocusable={blocked || inserting}
            aria-describedby={blocked ? `${reasonId} ${helpId}` : helpId}
            onClick={() => void insert()}
          >
            {inserting ? t("library_inserting") : t("library_insert")}
          </Button>
          <Caption1 id={helpId} className={styles.help}>
            {t("library_insertHelp")}
          </Caption1>
          {blocked && (
            <Body1 id={reasonId} className={styles.blocked}>
              {insertBlockedReason}
            </Body1>
          )}
        </section>
      ) : (
        results.length > 0 && <Caption1>{t("library_selectHint")}</Caption1>
      )}
    </section>
  );
}
