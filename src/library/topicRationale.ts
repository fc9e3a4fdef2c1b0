/**
 * Why each playbook topic matters to the buyer, in one or two sentences (Chinese and English): the
 * finding card's "Why it matters". Drawn from PLAYBOOK.md and the buyer's own account it condenses.
 */
import type { Language } from "../engine/types";

export const TOPIC_RATIONALE: Readonly<Record<string, { zh: string; en: string }>> = {
  "term-renewal": {
    zh: "自动续约加上过长的不续约通知期，会让下一年的费用在不知不觉中被扣走。到期终止、续约须双方书面确认，才能留出评估是否继续使用的时间。",
    en: "Automatic renewal with a long cancellation notice lets next year's fees fall due before anyone notices. Expiry unless both parties confirm renewal leaves time to decide whether to carry on.",
  },
  "payment-terms": {
    zh: "一次性预付全年（或多年）费用，一旦系统不好用，损失已无法控制。按季度付款并约定退还未使用的预付费，才能把风险控制在一个季度内。",
    en: "Paying a whole year (or term) up front leaves no leverage if the system disappoints. Quarterly payment and a refund of unused prepaid fees cap the loss at one quarter.",
  },
  invoicing: {
    zh: "开票没有时限，财务入账和抵扣就要反复催促供应商。约定付款后 5 个工作日内开具合规发票，并可暂停后续付款，供应商才会重视。",
    en: "Without a deadline for invoices, finance ends up chasing the vendor for every payment. A compliant invoice within 5 business days, with the right to withhold later payments, makes it happen.",
  },
  "pricing-changes": {
    zh: "供应商可在续约时或“不时”调价，预算就失去了上限。锁定合同期内价格并限定续约涨幅，才能避免坐地起价。",
    en: "If the vendor may raise fees at renewal or from time to time, the budget has no ceiling. Fixed fees for the term and a capped increase afterwards prevent price hikes once you are locked in.",
  },
  "licensing-model": {
    zh: "用户数上限过低、超额按高价或供应商定价收费，业务增长反而被“卡脖子”。合同中应锁定增购用户的单价，并预留未来两三年的增长空间。",
    en: "A low user cap with overage at a premium or the vendor's price penalises growth. Fix the unit price of additional users in the contract and leave headroom for two to three years.",
  },
  "upgrade-policy": {
    zh: "“终身免费升级”后面一句“以官方公告为准”，就能让升级变成收费项目。合同期内的所有更新和新版本都应免费包含，变更须书面签署。",
    en: '"Lifetime free upgrades" followed by "subject to the vendor\'s official announcement" can turn upgrades into a fee. All updates and new versions during the term should be included, changed only in writing.',
  },
  "hidden-fees": {
    zh: "“可能产生额外费用”或援引供应商可随时修改的价目表，意味着实际成本无法预估。所有费用都应列在合同或附件中，之外一概不付。",
    en: '"Additional fees may apply" or a price list the vendor can change means the real cost is unknown. Every fee should be listed in the contract or its appendices, and nothing else payable.',
  },
  "functional-scope": {
    zh: "宣传页和演示中的功能，交付时可能被说成“高级版才有”。附上功能清单和上线时间表，交付内容才有据可依、出了问题才能追责。",
    en: "Features shown in demos or marketing may turn out to belong to a higher edition. A feature list and go-live schedule in the contract make delivery checkable and enforceable.",
  },
  "implementation-acceptance": {
    zh: "“视为验收合格”让未达标的交付也要付款。书面实施计划、每个节点的验收标准和延期违约金，才能让供应商按时按质交付。",
    en: '"Deemed acceptance" makes you pay for deliverables that do not work. A written plan, acceptance criteria per milestone and damages for delay keep delivery on time and to standard.',
  },
  training: {
    zh: "员工不会用，系统就成了摆设。至少 3 次、每次 6 小时的现场培训，覆盖销售、客服、市场和管理层，并附操作手册和视频教程。",
    en: "If staff cannot use the system it becomes shelfware. At least three on-site sessions of six hours, for every role, plus manuals and video tutorials.",
  },
  "data-migration": {
    zh: "旧系统的客户记录和商机迁移出错，新系统一上线就失去可信度。应由供应商负责清洗映射、先试点、出具迁移报告，并在验收前保留原始数据备份。",
    en: "A botched migration of customer records undermines the new system from day one. The vendor should cleanse and map the data, pilot first, report on it, and keep a backup until sign-off.",
  },
  integration: {
    zh: "不能与 ERP、财务、邮件营销等系统打通，信息孤岛依旧存在。合同应列明对接系统、提供 API 文档和技术支持，并约定集成失败的补救。",
    en: "A CRM that cannot talk to ERP, finance or e-mail marketing leaves the silos in place. Name the systems to integrate, require API documentation and support, and agree a remedy if it fails.",
  },
  "change-requests": {
    zh: "业务需求总在变化，每次调整都单独收费，成本很快失控。争取每年一定的免费定制额度，超出部分按固定工时费率计费。",
    en: "Requirements keep changing; if every report or workflow change is billed, costs run away. Agree a yearly free quota of customisation hours, then a fixed hourly rate.",
  },
  "support-response": {
    zh: "“7×24 小时支持”却写着紧急问题 48 小时内响应，等于没有支持。按故障等级约定时限：重大数据事故 1 小时、严重故障 4 小时、一般问题 24 小时。",
    en: '"24x7 support" with urgent issues answered within 48 hours is no support at all. Response times by severity: 1 hour for a major data incident, 4 hours for a severe fault, 24 hours for questions.',
  },
  "availability-sla": {
    zh: "只承诺“合理努力”或低于 99.9% 的可用性，停机的损失全由客户承担。约定月度可用性、未达标时按比例退款或抵扣，并可在屡次不达标时解约。",
    en: '"Commercially reasonable efforts" or availability below 99.9% leaves every outage at your cost. A monthly level with pro-rata credits, and a right to terminate after repeated misses.',
  },
  performance: {
    zh: "用户多了、数据量大了，系统慢得像蜗牛，体验就是灾难。写明页面加载不超过 3 秒、查询不超过 5 秒，并以约定的并发用户数为准。",
    en: "A system that slows to a crawl as users and data grow is a disaster in daily use. Commit to page loads within 3 seconds and queries within 5 seconds at the agreed number of users.",
  },
  maintenance: {
    zh: "上线只是开始，缺陷修复、安全补丁和版本适配是长期工作。至少一年免费维护，之后的服务报价写入合同并锁定两年。",
    en: "Go-live is only the start: bug fixes, security patches and compatibility updates go on for years. At least a year of free maintenance, then a price list locked for two years.",
  },
  "data-ownership": {
    zh: "客户资料、交易记录和沟通历史是企业的核心资产。合同必须写明客户拥有其全部数据，供应商只能为提供服务而使用。",
    en: "Customer records, transactions and communication history are the business's core asset. The contract must say the customer owns all its data and the vendor uses it only to provide the service.",
  },
  "data-export": {
    zh: "换系统时数据“不能导出”或“导出收费”，企业就被绑死。应可随时免费导出为 CSV/Excel 等通用格式，终止后数据至少保留 30 天。",
    en: "If data cannot be exported, or only for a fee, you are locked in. Free export at any time in CSV or Excel, and data kept at least 30 days after termination.",
  },
  "data-residency": {
    zh: "数据存储在哪里决定了适用哪国法律；服务器“在国内”、灾备却在境外，同样有合规风险。约定存储地区、未经书面同意不得跨境，并符合《个人信息保护法》。",
    en: "Where data is stored decides which law applies; a backup site abroad carries the same compliance risk. Agree the region, no transfer abroad without written consent, and compliance with PIPL.",
  },
  "data-access": {
    zh: "供应商员工可以随意查看客户数据且不留痕，泄露时无从追查。访问应仅限支持所需、最小权限、全程留痕，日志向客户开放。",
    en: "If vendor staff can browse your data freely and unlogged, a leak cannot be traced. Access only as support requires, least privilege, every access logged and the logs open to you.",
  },
  confidentiality: {
    zh: "客户名单、销售策略和定价模型都是商业秘密。保密义务应约束供应商及其员工，仅用于提供服务，并在合同终止后继续有效。",
    en: "Customer lists, sales strategy and pricing models are trade secrets. The vendor and its staff must keep them confidential, use them only for the service, and the duty must survive termination.",
  },
  "ip-ownership": {
    zh: "自己设计的报表、流程和自动化规则若“双方共有”，换系统时可能带不走。使用中产生的配置、模板和数据模型应归客户所有。",
    en: 'Reports, workflows and automation rules you built may stay behind if they are "jointly owned". All configurations, templates and data models made in use should belong to the customer.',
  },
  "termination-exit": {
    zh: "市场和需求都在变，没有退出机制就只能“用到底”。约定提前书面通知即可解约、解约费不超过剩余费用的 30%，并保证数据完整导出。",
    en: "Needs change; without an exit you are stuck until the end of the term. Termination for convenience on notice, a fee of at most 30% of the remaining fees, and a full data export.",
  },
  "governing-law": {
    zh: "适用外国法律、在境外仲裁，真出问题时维权成本高得难以承受。应适用中国法律，在客户所在地仲裁或诉讼。",
    en: "Foreign law and a foreign forum make enforcing your rights too costly to pursue. PRC law, with arbitration or litigation where the customer is located.",
  },
  "unilateral-changes": {
    zh: "供应商可“随时”修改条款或服务，签下的合同就不再可靠；口头承诺没有法律效力。变更只能经双方书面签署，所有承诺都写入合同正文或附件。",
    en: "If the vendor may change the terms or service at any time, the signed contract means little, and oral promises bind no one. Changes only by signed amendment, every promise in the contract.",
  },
  "liability-cap": {
    zh: "责任上限只有一个月服务费，或对数据丢失免责，发生事故时几乎得不到赔偿。上限不低于最近 12 个月的费用，数据泄露、保密违约和故意行为不设上限。",
    en: "A cap of one month's fees, or no liability for data loss, leaves you uncompensated when things go wrong. A cap of at least the last 12 months' fees, uncapped for data breaches, confidentiality and wilful misconduct.",
  },
};

/** Why the topic matters, in `language`; null for a firm's own topic we have no words for. */
export function topicRationale(topic: string, language: Language): string | null {
  return TOPIC_RATIONALE[topic]?.[language] ?? null;
}
