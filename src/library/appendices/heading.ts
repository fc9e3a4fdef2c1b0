/** The appendix's heading: "附件一：功能清单" / "Appendix 1: Functional Scope". */
import type { Language } from "../../engine/types";
import { chineseNumeral } from "./chineseNumeral";
import type { AppendixForm, AppendixKind } from "./types";

const TITLES: Record<AppendixKind, { zh: string; en: string }> = {
  scope: { zh: "功能清单", en: "Functional Scope" },
  sla: { zh: "服务等级协议（SLA）", en: "Service Level Agreement (SLA)" },
};

/** "附件N" / "Appendix N": how the appendix's own clauses and the main body refer to it. */
export function appendixName(number: number, language: Language): string {
  return language === "zh" ? `附件${chineseNumeral(number)}` : `Appendix ${number}`;
}

export function appendixHeading(form: AppendixForm, language: Language): string {
  return `${appendixName(form.number, language)}${language === "zh" ? "：" : ": "}${TITLES[form.kind][language]}`;
}
