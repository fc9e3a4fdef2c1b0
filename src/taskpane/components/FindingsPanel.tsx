/**
 * The Findings view: export actions, the finding cards, the playbook topics. Keyboard: Tab or the
 * arrow keys move from card to card; Enter goes into a card (its buttons), Escape back out.
 *
 * Focus stays with the work: applying, commenting or dismissing disables or removes the button that
 * had focus, which would drop focus to the top of the page. Instead it goes back to the same card
 * (or, when the card is gone, the one now in its place, else the one before).
 */
import * as React from "react";
import { useArrowNavigationGroup } from "@fluentui/react-components";
import type { Language } from "../../engine/types";
import { usePane } from "../PaneContext";
import { FindingList } from "./FindingList";
import { ReportActions } from "./ReportActions";
import { TopicList } from "./TopicList";

type Place = { id: string; index: number };

function lostFocus(): boolean {
  const active = document.activeElement as HTMLElement | null;
  return (
    !active ||
    active === document.body ||
    !active.isConnected ||
    (active as HTMLButtonElement).disabled === true
  );
}

export function FindingsPanel({ uiLanguage }: { uiLanguage: Language }) {
  const listRef = React.useRef<HTMLDivElement>(null);
  const place = React.useRef<Place | null>(null);
  const arrows = useArrowNavigationGroup({ axis: "vertical", tabbable: true });
  const busy = usePane((s) => s.busy);
  const done = usePane((s) => s.done);
  const dismissed = usePane((s) => s.dismissed);

  const cards = () =>
    Array.from(listRef.current?.querySelectorAll<HTMLElement>("[data-finding]") ?? []);

  // After each action's state change: if focus fell out of the list, put it back on the card.
  React.useEffect(() => {
    const at = place.current;
    if (!at || !lostFocus()) return;
    const all = cards();
    const card =
      all.find((c) => c.dataset.finding === at.id) ??
      all[Math.min(at.index, all.length - 1)] ??
      null;
    card?.focus();
  }, [busy, done, dismissed]);

  return (
    <>
      <ReportActions uiLanguage={uiLanguage} />
      <div
        ref={listRef}
        {...arrows}
        onFocus={(e) => {
          const card = (e.target as HTMLElement).closest<HTMLElement>("[data-finding]");
          if (card?.dataset.finding)
            place.current = { id: card.dataset.finding, index: cards().indexOf(card) };
        }}
        onBlur={(e) => {
          // Focus moved on elsewhere on purpose: forget the place. (No related target: it was lost.)
          const to = e.relatedTarget as Node | null;
          if (to && !listRef.current?.contains(to)) place.current = null;
        }}
      >
        <FindingList uiLanguage={uiLanguage} />
      </div>
      <TopicList uiLanguage={uiLanguage} />
    </>
  );
}
