/**
 * The task pane shell, the same component in Word and the workbench: a header (title, language),
 * then — above the views, always in sight — the review toolbar, the review's progress and the
 * messages (what this Word cannot do, what was done, what went wrong and what to do next), then the
 * views as tabs: Overview · Findings · Appendices · Compare · Clause library · Settings.
 *
 * A view is mounted the first time it is opened and kept (hidden) after, so a half-filled appendix
 * form, a comparison or a search survives switching views; each view keeps its own scroll position.
 * Compare, the appendix forms, the clause library and the settings are loaded on first use (their
 * own bundles), which keeps what Word loads before the pane is usable small (npm run bench). The
 * overview (src/taskpane/components/overview/) is the first view, so it is in the main bundle.
 */
import * as React from "react";
import {
  Body1,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Button,
  Spinner,
  Switch,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { StringKey } from "../../i18n";
import { translator } from "../../i18n";
import { findingsOf, type ErrorKey } from "../../state";
import { useLanguagePreference } from "../languagePreference";
import { APP_VERSION } from "../appVersion";
import { PaneProvider, usePane, usePaneContext, useT } from "../PaneContext";
import { CapabilityNotes } from "./CapabilityNotes";
import { FindingsPanel } from "./FindingsPanel";
import { LanguageMenu } from "./LanguageMenu";
import { Overview } from "./overview/Overview";
import { ReviewProgress, ReviewToolbar } from "./ReviewToolbar";

// The views a lawyer opens later, each its own chunk (webpackChunkName names the file in dist/).
const AppendixSection = React.lazy(() =>
  import(/* webpackChunkName: "appendices" */ "./AppendixSection").then((m) => ({
    default: m.AppendixSection,
  }))
);
const CompareSection = React.lazy(() =>
  import(/* webpackChunkName: "compare" */ "./CompareSection").then((m) => ({
    default: m.CompareSection,
  }))
);
const ClauseLibrary = React.lazy(() =>
  import(/* webpackChunkName: "library" */ "./ClauseLibrary").then((m) => ({
    default: m.ClauseLibrary,
  }))
);
const PlaybookSettings = React.lazy(() =>
  import(/* webpackChunkName: "settings" */ "./settings/PlaybookSettings").then((m) => ({
    default: m.PlaybookSettings,
  }))
);

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  titleRow: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  // The views stay in reach while a long list scrolls under them.
  tabs: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tabList: { flexWrap: "wrap" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  summary: {
    // Focused after a review (so it is read out); the outline shows where focus is.
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThick,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

export type ViewId = "overview" | "findings" | "appendices" | "compare" | "library" | "settings";

const VIEWS: Array<{ id: ViewId; label: StringKey }> = [
  { id: "overview", label: "shell_tab_overview" },
  { id: "findings", label: "shell_tab_findings" },
  { id: "appendices", label: "shell_tab_appendices" },
  { id: "compare", label: "shell_tab_compare" },
  { id: "library", label: "shell_tab_library" },
  { id: "settings", label: "shell_tab_settings" },
];

/** What to do next after each error (said after the error itself), where the error does not say it. */
const NEXT_STEP: Partial<Record<ErrorKey, StringKey>> = {
  reviewFailed: "shell_next_reviewFailed",
  clearFailed: "shell_next_clearFailed",
  selectFailed: "shell_next_selectFailed",
  writeFailed: "shell_next_writeFailed",
  settingNotSaved: "shell_next_settingNotSaved",
  refused_unsupported: "shell_next_refused_unsupported",
};

/**
 * `uiLanguage` is Office's display language (what the composition root read); the user may choose
 * another in the pane, remembered on this computer. The translator given by the root is replaced,
 * live, for everything below.
 */
export function App({
  uiLanguage,
  initialView = "overview",
  setDocumentLanguage = false,
}: {
  uiLanguage: "zh" | "en";
  initialView?: ViewId;
  /** In Word the pane is the whole page: its <html lang> follows the pane's language. */
  setDocumentLanguage?: boolean;
}) {
  const root = usePaneContext();
  const [preference, setPreference] = useLanguagePreference();
  const language = preference === "auto" ? uiLanguage : preference === "zh-CN" ? "zh" : "en";
  const value = React.useMemo(
    () => (preference === "auto" ? root : { store: root.store, t: translator(preference) }),
    [root, preference]
  );
  React.useEffect(() => {
    if (setDocumentLanguage) document.documentElement.lang = language === "zh" ? "zh-CN" : "en";
  }, [language, setDocumentLanguage]);
  return (
    <PaneProvider value={value}>
      <Shell
        uiLanguage={language}
        preference={preference}
        onPreference={setPreference}
        initialView={initialView}
      />
    </PaneProvider>
  );
}

/** The nearest ancestor that scrolls (the workbench's pane column), else the page (Word's pane). */
function scrollerOf(element: HTMLElement | null): HTMLElement | null {
  for (let el = element?.parentElement ?? null; el; el = el.parentElement) {
    const overflow = getComputedStyle(el).overflowY;
    if (overflow === "auto" || overflow === "scroll") return el;
  }
  return (document.scrollingElement as HTMLElement | null) ?? null;
}

function Shell({
  uiLanguage,
  preference,
  onPreference,
  initialView,
}: {
  uiLanguage: "zh" | "en";
  preference: ReturnType<typeof useLanguagePreference>[0];
  onPreference: ReturnType<typeof useLanguagePreference>[1];
  initialView: ViewId;
}) {
  const t = useT();
  const styles = useStyles();
  const idBase = useId("view");
  const report = usePane((s) => s.report);
  const error = usePane((s) => s.error);
  const outcome = usePane((s) => s.highlightOutcome);
  const dismissError = usePane((s) => s.dismissError);
  const status = usePane((s) => s.status);
  const notice = usePane((s) => s.notice);
  const dismissNotice = usePane((s) => s.dismissNotice);
  const withComment = usePane((s) => s.withComment);
  const setWithComment = usePane((s) => s.setWithComment);
  const can = usePane((s) => s.capabilities);
  const playbook = usePane((s) => s.playbook);
  const insertClause = usePane((s) => s.insertClause);
  const runReview = usePane((s) => s.runReview);
  const clearHighlights = usePane((s) => s.clearHighlights);
  const appendix = usePane((s) => s.appendix);
  const activeFindingId = usePane((s) => s.activeFindingId);
  const documentLanguage = report?.language ?? uiLanguage;
  const insertBlocked = can.readOnly
    ? t("capability_readOnly")
    : can.trackChanges
      ? null
      : t("capability_noTracking");

  const [view, setView] = React.useState<ViewId>(initialView);
  const [opened, setOpened] = React.useState<ReadonlySet<ViewId>>(() => new Set([initialView]));
  const rootRef = React.useRef<HTMLDivElement>(null);
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const scrollTops = React.useRef<Partial<Record<ViewId, number>>>({});
  const navRef = React.useRef<HTMLElement>(null);

  const show = React.useCallback(
    (next: ViewId) => {
      if (next === view) return;
      setOpened((previous) => (previous.has(next) ? previous : new Set([...previous, next])));
      setView(next);
    },
    [view]
  );

  // Each view's scroll position, recorded as it scrolls (not when leaving it: focusing the next
  // tab has already scrolled by then).
  const viewRef = React.useRef(view);
  viewRef.current = view;
  React.useEffect(() => {
    const scroller = scrollerOf(rootRef.current);
    if (!scroller) return;
    const target: HTMLElement | Window = scroller === document.scrollingElement ? window : scroller;
    const record = () => {
      scrollTops.current[viewRef.current] = scroller.scrollTop;
    };
    target.addEventListener("scroll", record, { passive: true });
    // What the keyboard brings into view is not left under the sticky tabs.
    const nav = navRef.current;
    const pad = () => {
      scroller.style.scrollPaddingTop = nav ? `${nav.offsetHeight + 8}px` : "";
    };
    pad();
    const resized = typeof ResizeObserver === "function" && nav ? new ResizeObserver(pad) : null;
    if (nav) resized?.observe(nav);
    return () => {
      target.removeEventListener("scroll", record);
      resized?.disconnect();
    };
  }, []);

  // Back to where this view was left, before the browser paints.
  React.useLayoutEffect(() => {
    const top = scrollTops.current[view];
    if (top === undefined) return;
    const scroller = scrollerOf(rootRef.current);
    if (scroller) scroller.scrollTop = top;
  }, [view]);

  // An appendix form opened from a finding or a topic: show it.
  const appendixKind = appendix?.kind ?? null;
  const appendixInitial = appendix?.initial;
  React.useEffect(() => {
    if (appendixKind) show("appendices");
    // Only a newly opened form switches the view, not a re-render (hence not `show` as a dependency).
  }, [appendixKind, appendixInitial]);

  // Next / previous finding from the toolbar: the card is in the findings (or the overview).
  React.useEffect(() => {
    if (!activeFindingId) return;
    if (view !== "overview" && view !== "findings") show("findings");
    const card = rootRef.current?.querySelector<HTMLElement>(
      `[data-finding="${CSS.escape(activeFindingId)}"]`
    );
    card?.scrollIntoView?.({ block: "nearest" });
  }, [activeFindingId]);

  // After a review, focus goes to its summary, which a screen reader then reads.
  const previousStatus = React.useRef(status);
  React.useEffect(() => {
    if (previousStatus.current === "reviewing" && status === "reviewed")
      summaryRef.current?.focus();
    previousStatus.current = status;
  }, [status]);

  const nextStep = error ? NEXT_STEP[error.key] : undefined;
  const retry =
    error?.key === "reviewFailed"
      ? () => void runReview()
      : error?.key === "clearFailed"
        ? () => void clearHighlights()
        : null;

  function viewContent(id: ViewId): React.ReactNode {
    switch (id) {
      case "overview":
        return <Overview uiLanguage={uiLanguage} />;
      case "findings":
        return report ? (
          <FindingsPanel uiLanguage={uiLanguage} />
        ) : (
          <Caption1 className={styles.hint}>{t("shell_noReport")}</Caption1>
        );
      case "appendices":
        return (
          <AppendixSection
            documentLanguage={documentLanguage}
            uiLanguage={uiLanguage}
            insertBlockedReason={can.readOnly ? t("capability_readOnly") : null}
          />
        );
      case "compare":
        return <CompareSection uiLanguage={uiLanguage} />;
      case "library":
        return (
          <ClauseLibrary
            playbook={playbook}
            documentLanguage={documentLanguage}
            uiLanguage={uiLanguage}
            insertBlockedReason={insertBlocked}
            onInsert={(text) => insertClause(text)}
          />
        );
      case "settings":
        return <PlaybookSettings uiLanguage={uiLanguage} />;
    }
  }

  return (
    <div ref={rootRef} className={styles.pane} lang={uiLanguage === "zh" ? "zh-CN" : "en"}>
      <header className={styles.header}>
        <div className={styles.titleRow}>
          <Title3 as="h1">{t("appTitle")}</Title3>
          <LanguageMenu preference={preference} onChange={onPreference} />
        </div>
        <Caption1>
          {t("intro")} {t("version", { version: APP_VERSION })}
        </Caption1>
      </header>
      <main className={styles.main} aria-busy={status === "reviewing"}>
        <ReviewToolbar />
        <ReviewProgress />
        <CapabilityNotes uiLanguage={uiLanguage} />
        {can.comments && can.trackChanges && !can.readOnly && (
          <Switch
            checked={withComment}
            onChange={(_, data) => setWithComment(data.checked)}
            label={t("withComment")}
          />
        )}
        {notice && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>
              {t(`notice_${notice.key}`, "params" in notice ? notice.params : undefined)}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  aria-label={t("dismiss")}
                  appearance="transparent"
                  icon={<DismissRegular />}
                  onClick={dismissNotice}
                />
              }
            />
          </MessageBar>
        )}
        {error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>
              {t(`error_${error.key}`, { detail: error.detail ?? "" })}
              {nextStep && ` ${t(nextStep)}`}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  aria-label={t("dismiss")}
                  appearance="transparent"
                  icon={<DismissRegular />}
                  onClick={dismissError}
                />
              }
            >
              {retry && <Button onClick={retry}>{t("shell_tryAgain")}</Button>}
            </MessageBarActions>
          </MessageBar>
        )}
        {report && (
          <div role="status" tabIndex={-1} ref={summaryRef} className={styles.summary}>
            <Body1>
              {t("summary", {
                findings: findingsOf(report).length,
                topics: report.topics.filter((topic) => topic.checked).length,
                paragraphs: report.stats.paragraphs,
              })}
            </Body1>
          </div>
        )}
        {outcome && outcome.skippedMixed > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>{t("skippedMixed", { count: outcome.skippedMixed })}</MessageBarBody>
          </MessageBar>
        )}
        <nav ref={navRef} aria-label={t("shell_views")} className={styles.tabs}>
          <TabList
            className={styles.tabList}
            selectedValue={view}
            selectTabOnFocus
            size="small"
            onTabSelect={(_, data) => show(data.value as ViewId)}
          >
            {VIEWS.map((v) => (
              <Tab
                key={v.id}
                value={v.id}
                id={`${idBase}-tab-${v.id}`}
                aria-controls={`${idBase}-panel-${v.id}`}
              >
                {t(v.label)}
              </Tab>
            ))}
          </TabList>
        </nav>
        {VIEWS.map((v) => (
          <div
            key={v.id}
            role="tabpanel"
            id={`${idBase}-panel-${v.id}`}
            aria-labelledby={`${idBase}-tab-${v.id}`}
            hidden={view !== v.id}
            // Only the shown panel gets a display rule: one on a hidden panel would override `hidden`.
            className={view === v.id ? styles.panel : undefined}
          >
            {opened.has(v.id) && (
              <React.Suspense fallback={<Spinner size="small" label={t("shell_loading")} />}>
                {viewContent(v.id)}
              </React.Suspense>
            )}
          </div>
        ))}
      </main>
    </div>
  );
}
