/** Styles the playbook settings' parts share: the topic list, a topic's header and its fields. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useSettingsStyles = makeStyles({
  settings: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  help: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  topics: {
    listStyle: "none",
    padding: 0,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  topic: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  toggle: {
    flexGrow: 1,
    minWidth: 0,
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  off: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  fields: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
  },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  path: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  hiddenInput: { display: "none" },
});
