/** Styles the comparison view's parts share. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useCompareStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  list: {
    listStyle: "none",
    padding: 0,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  spinner: { justifyContent: "flex-start" },
  hint: { color: tokens.colorNeutralForeground3 },
  // Plain text rather than a MessageBar: MessageBar needs ResizeObserver, which jsdom lacks.
  blocked: { color: tokens.colorStatusWarningForeground3 },
  /** Read by screen readers, not shown. */
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0, 0, 0, 0)",
    whiteSpace: "nowrap",
  },
});
