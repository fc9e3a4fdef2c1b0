/** The bundled vendor drafts the workbench (and `npm start`) open. Written by us; fictional parties. */
import zhDraft from "./vendor-saas-zh.draft.md";
import enDraft from "./vendor-crm-en.draft.md";

export type Sample = { id: string; label: string; file: string; text: string };

export const samples: Sample[] = [
  {
    id: "zh",
    label: "客户关系管理（CRM）软件服务协议 — 供应商稿",
    file: "vendor-saas-zh.draft.md",
    text: zhDraft,
  },
  {
    id: "en",
    label: "CRM Subscription Services Agreement — vendor draft",
    file: "vendor-crm-en.draft.md",
    text: enDraft,
  },
];
