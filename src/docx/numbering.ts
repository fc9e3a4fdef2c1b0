/**
 * Automatic list labels from word/numbering.xml (ECMA-376 §17.9): w:num → w:abstractNum → w:lvl.
 *
 * Counters follow Word: they belong to the abstract definition, so two w:num instances that share
 * one w:abstractNum continue each other's numbering, and a w:num with w:lvlOverride/w:startOverride
 * restarts those levels the first time it is used (that is how "Restart at 1" is saved).
 */
import type { Document, Element } from "@xmldom/xmldom";
import { formatNumber } from "./numberFormat";
import type { StyleSheet } from "./styles";
import { ownText, wAttr, wChild, wChildren, wInt, wOn, wVal } from "./xml";

type Level = {
  start: number;
  numFmt: string;
  lvlText?: string;
  /** w:lvlRestart (1-based level whose use restarts this one; 0 = never); undefined = any shallower level. */
  restart?: number;
  /** w:isLgl: show every level's number as decimal ("1.1" under a "Article I" parent). */
  isLgl: boolean;
  /** w:pStyle: the paragraph style linked to this level. */
  pStyle?: string;
};

type AbstractNum = {
  id: string;
  levels: (Level | undefined)[];
  /** w:numStyleLink: the definition lives in the abstractNum of this numbering style. */
  numStyleLink?: string;
};

type Override = { start?: number; level?: Level };

type Num = { id: string; abstractId: string; overrides: Map<number, Override> };

export type Numbering = {
  nums: Map<string, Num>;
  abstracts: Map<string, AbstractNum>;
};

const LEVELS = 9;

export function readNumbering(doc: Document | undefined): Numbering {
  const nums = new Map<string, Num>();
  const abstracts = new Map<string, AbstractNum>();
  const root = doc?.documentElement;
  if (!root) return { nums, abstracts };

  for (const el of wChildren(root, "abstractNum")) {
    const id = wAttr(el, "abstractNumId");
    if (id === undefined) continue;
    const levels: (Level | undefined)[] = [];
    for (const lvl of wChildren(el, "lvl")) {
      const ilvl = Number.parseInt(wAttr(lvl, "ilvl") ?? "", 10);
      if (ilvl >= 0 && ilvl < LEVELS) levels[ilvl] = readLevel(lvl);
    }
    abstracts.set(id, { id, levels, numStyleLink: wVal(el, "numStyleLink") });
  }

  for (const el of wChildren(root, "num")) {
    const id = wAttr(el, "numId");
    const abstractId = wVal(el, "abstractNumId");
    if (id === undefined || abstractId === undefined) continue;
    const overrides = new Map<number, Override>();
    for (const o of wChildren(el, "lvlOverride")) {
      const ilvl = Number.parseInt(wAttr(o, "ilvl") ?? "", 10);
      if (!(ilvl >= 0 && ilvl < LEVELS)) continue;
      const lvl = wChild(o, "lvl");
      overrides.set(ilvl, {
        start: wInt(o, "startOverride"),
        level: lvl ? readLevel(lvl) : undefined,
      });
    }
    nums.set(id, { id, abstractId, overrides });
  }
  return { nums, abstracts };
}

function readLevel(lvl: Element): Level {
  const text = wChild(lvl, "lvlText");
  return {
    start: wInt(lvl, "start") ?? 0,
    numFmt: wVal(lvl, "numFmt") ?? "decimal",
    // w:lvlText/@w:val; a missing element means no label, an empty value an empty label.
    lvlText: text ? (wAttr(text, "val") ?? ownText(text)) : undefined,
    restart: wInt(lvl, "lvlRestart"),
    isLgl: wOn(lvl, "isLgl"),
    pStyle: wVal(lvl, "pStyle"),
  };
}

type ListState = { counts: (number | undefined)[] };

/** Hands out labels in document order; create one per document read. */
export class ListCounter {
  private readonly states = new Map<string, ListState>();
  private readonly usedNums = new Set<string>();

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: StyleSheet
  ) {}

  /**
   * Advances the list and returns the label of a paragraph in list `numId` at level `ilvl`, or
   * undefined for bullets, unknown lists and empty labels. `ilvl` undefined means "the level linked
   * to `styleId`, else 0" (§17.9.23: a style's numPr may omit the level).
   */
  next(numId: string, ilvl: number | undefined, styleId?: string): string | undefined {
    const num = this.numbering.nums.get(numId);
    if (!num) return undefined;
    const abstract = this.abstractOf(num);
    if (!abstract) return undefined;

    const level = clampLevel(ilvl ?? linkedLevel(abstract, num, styleId) ?? 0);
    const state = this.stateOf(abstract.id);
    if (!this.usedNums.has(num.id)) {
      this.usedNums.add(num.id);
      for (const [l, o] of num.overrides)
        if (o.start !== undefined || o.level) state.counts[l] = undefined;
    }

    const def = levelOf(abstract, num, level);
    const current = state.counts[level];
    state.counts[level] = current === undefined ? startOf(num, def, level) : current + 1;
    for (let deeper = level + 1; deeper < LEVELS; deeper++) {
      const restart = levelOf(abstract, num, deeper)?.restart;
      // lvlRestart is 1-based; 0 means the deeper level never restarts.
      if (restart === undefined || (restart !== 0 && level <= restart - 1))
        state.counts[deeper] = undefined;
    }

    if (!def || def.numFmt === "bullet" || def.lvlText === undefined) return undefined;
    const label = def.lvlText.replace(/%([1-9])/g, (_, k: string) => {
      const l = Number(k) - 1;
      const ref = levelOf(abstract, num, l);
      const value = state.counts[l] ?? startOf(num, ref, l);
      const fmt = def.isLgl ? "decimal" : (ref?.numFmt ?? "decimal");
      return fmt === "bullet" ? "" : formatNumber(value, fmt);
    });
    return label === "" ? undefined : label;
  }

  /** Follows w:numStyleLink through the numbering style's own numId (§17.9.21), at most a few hops. */
  private abstractOf(num: Num): AbstractNum | undefined {
    let abstract = this.numbering.abstracts.get(num.abstractId);
    for (let hops = 0; abstract?.numStyleLink !== undefined && hops < 4; hops++) {
      const style = this.styles.byId.get(abstract.numStyleLink);
      const linked = style?.numId === undefined ? undefined : this.numbering.nums.get(style.numId);
      const next = linked && this.numbering.abstracts.get(linked.abstractId);
      if (!next || next === abstract) break;
      abstract = next;
    }
    return abstract;
  }

  private stateOf(abstractId: string): ListState {
    let state = this.states.get(abstractId);
    if (!state) {
      state = { counts: [] };
      this.states.set(abstractId, state);
    }
    return state;
  }
}

function levelOf(abstract: AbstractNum, num: Num, ilvl: number): Level | undefined {
  return num.overrides.get(ilvl)?.level ?? abstract.levels[ilvl];
}

function startOf(num: Num, def: Level | undefined, ilvl: number): number {
  return num.overrides.get(ilvl)?.start ?? def?.start ?? 0;
}

function linkedLevel(
  abstract: AbstractNum,
  num: Num,
  styleId: string | undefined
): number | undefined {
  if (styleId === undefined) return undefined;
  for (let l = 0; l < LEVELS; l++) if (levelOf(abstract, num, l)?.pStyle === styleId) return l;
  return undefined;
}

function clampLevel(ilvl: number): number {
  return Math.min(LEVELS - 1, Math.max(0, ilvl));
}
