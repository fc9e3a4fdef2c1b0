/** An appendix form → the fragment the host inserts: heading, clauses and tables, tagged. */
import type { DocumentFragment } from "../../engine/fragment";
import type { Language } from "../../engine/types";
import { appendixHeading } from "./heading";
import { scopeBlocks } from "./renderScope";
import { slaBlocks } from "./renderSla";
import { APPENDIX_TAGS } from "./tags";
import type { AppendixForm } from "./types";

export function renderAppendix(form: AppendixForm, language: Language): DocumentFragment {
  const title = appendixHeading(form, language);
  const body = form.kind === "scope" ? scopeBlocks(form, language) : slaBlocks(form, language);
  return {
    tag: APPENDIX_TAGS[form.kind],
    title,
    blocks: [{ kind: "heading", level: 1, text: title }, ...body],
  };
}
