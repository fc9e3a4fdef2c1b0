/** One labelled row of toggle buttons: the values of one filter, each on or off. */
import * as React from "react";
import { Caption1, ToggleButton } from "@fluentui/react-components";
import { useOverviewStyles } from "./styles";

export type FilterOption<T extends string> = { value: T; label: string };

export function FilterGroup<T extends string>({
  id,
  label,
  options,
  selected,
  onToggle,
}: {
  id: string;
  label: string;
  options: FilterOption<T>[];
  selected: readonly T[];
  onToggle: (value: T) => void;
}) {
  const styles = useOverviewStyles();
  return (
    <div role="group" aria-labelledby={id} className={styles.row}>
      <Caption1 id={id}>{label}</Caption1>
      {options.map((option) => (
        <ToggleButton
          key={option.value}
          size="small"
          shape="circular"
          checked={selected.includes(option.value)}
          onClick={() => onToggle(option.value)}
        >
          {option.label}
        </ToggleButton>
      ))}
    </div>
  );
}
