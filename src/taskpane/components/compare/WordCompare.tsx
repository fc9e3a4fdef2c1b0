/**
 * Word's own comparison (Word desktop, WordApiDesktop 1.1): compare the open document with a file
 * given by its path. Shown only where the host can do it.
 */
import * as React from "react";
import { Button, Caption1, Field, Input, Text, useId } from "@fluentui/react-components";
import { useT } from "../../PaneContext";
import { useCompareStyles } from "./styles";

/** The path as typed or pasted: Explorer's "Copy as path" puts it in quotes. */
export const cleanPath = (path: string) =>
  path
    .trim()
    .replace(/^"(.*)"$/, "$1")
    .trim();

export function WordCompare({
  busy,
  blockedReason,
  onWordCompare,
}: {
  busy: boolean;
  blockedReason: string | null;
  onWordCompare(path: string): void | Promise<void>;
}) {
  const t = useT();
  const shared = useCompareStyles();
  const headingId = useId("compare-word");
  const hintId = useId("compare-word-hint");
  const [path, setPath] = React.useState("");
  const clean = cleanPath(path);

  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <Text as="h3" weight="semibold" id={headingId}>
        {t("compare_wordHeading")}
      </Text>
      <form
        className={shared.section}
        onSubmit={(e) => {
          e.preventDefault();
          if (clean && !busy && !blockedReason) void onWordCompare(clean);
        }}
      >
        <Field label={t("compare_wordPath")}>
          <Input
            value={path}
            aria-describedby={hintId}
            onChange={(_, data) => setPath(data.value)}
          />
        </Field>
        <Caption1 id={hintId} className={shared.hint}>
          {t("compare_wordHint")}
        </Caption1>
        <div className={shared.buttons}>
          <Button type="submit" disabledFocusable={!clean || busy || blockedReason !== null}>
            {t("compare_wordButton")}
          </Button>
        </div>
      </form>
    </section>
  );
}
