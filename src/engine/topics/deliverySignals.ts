/**
 * Reading shared by the delivery topics (functional scope, implementation and acceptance, training,
 * data migration, integration, change requests): Traditional-Chinese variants of the patterns,
 * definitions the segmenter does not recognise, sentences, and the wording that makes a service
 * "charged separately" — with its negations ("at no additional charge", "不另行收费").
 */
import type { Clause } from "../segment";

/**
 * Simplified → Traditional pairs for the characters these rules match on. A pattern written in
 * Simplified Chinese then also matches 訓練, 資料遷移, 驗收, 費用 … (see `cn`).
 */
const PAIRS =
  "费費额額单單采採购購计計价價标標准準订訂签簽报報实實验驗训訓迁遷数數据據资資导導对對开開发發务務" +
  "时時场場现現线線门門级級续續约約应應责責负負书書内內视視为為备備试試点點统統结結护護维維际際专專" +
  "项項员員档檔册冊频頻课課讲講户戶库庫历歷转轉换換证證确確认認过過后後经經营營网網传傳产產说說载載" +
  "详詳细細质質节節阶階进進划劃个個这這与與从從于於并並将將无無仅僅须須给給让讓请請设設处處问問题題" +
  "页頁写寫损損获獲调調关關连連达達边邊当當间間长長总總两兩双雙协協议議条條规規则則种種类類样樣输輸" +
  "选選择擇执執测測审審满滿复復归歸属屬权權赔賠偿償违違罚罰滞滯迟遲误誤许許汇匯录錄码碼图圖称稱们們" +
  "会會体體制製范範围圍优優区區国國业業运運账賬帐帳号號储儲灾災态態络絡终終机機构構术術决決论論记記" +
  "领領层層销銷买買卖賣币幣银銀税稅险險缴繳减減厂廠顾顧阅閱览覽师師练練习習装裝邮郵财財联聯适適删刪" +
  "缓緩动動补補诉訴讼訟辖轄缔締盖蓋布佈还還毁毀届屆软軟云雲尽盡虑慮虽雖临臨启啟义義宽寬松鬆旧舊简簡" +
  "独獨愿願拟擬担擔拥擁带帶来來没沒电電见見观觀觉覺释釋译譯识識评評语語话話询詢该該谈談谨謹败敗贴貼" +
  "贵貴贸貿赠贈车車轻輕较較远遠递遞遗遺钱錢链鏈锁鎖错錯键鍵闭閉队隊陈陳随隨隐隱难難顺順预預风風马馬" +
  "驱驅检檢断斷显顯暂暫极極气氣沟溝济濟涨漲渐漸热熱环環画畫监監础礎离離积積稳穩紧緊组組绍紹绝絕继繼" +
  "绩績综綜编編缩縮脑腦触觸讯訊访訪诚誠词詞办辦参參变變响響园園坏壞块塊够夠头頭奖獎学學广廣废廢异異" +
  "弃棄彻徹征徵径徑扩擴摆擺谢謝纳納众眾亚亞";
const TRADITIONAL = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) TRADITIONAL.set(PAIRS[i], PAIRS[i + 1]);

/**
 * A regex source written with Simplified characters that also matches their Traditional forms:
 * "数据迁移" → "[数數][据據][迁遷]移". Inside a character class the variant is simply added.
 */
export function cn(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      out += ch + (source[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === "[") inClass = true;
    else if (ch === "]") inClass = false;
    const trad = TRADITIONAL.get(ch);
    out += trad === undefined ? ch : inClass ? ch + trad : `[${ch}${trad}]`;
  }
  return out;
}

/** `new RegExp(cn(source), flags)`. */
export const zhRe = (source: string, flags = "") => new RegExp(cn(source), flags);

/** The customer and the vendor as contracts name them (Chinese and English). */
export const CUSTOMER_ZH = cn("(?:甲方|客户|用户|需方|买方|采购方|委托方)");
export const VENDOR_ZH = cn("(?:乙方|供应商|服务商|服务方|厂商|供方|卖方)");
export const CUSTOMER_EN = String.raw`(?:the )?(?:customer|client|licensee|subscriber|buyer|purchaser)(?:'s)?`;

/**
 * Definitions the segmenter misses: "1.5 “版本”：指 …", "“本软件”或“云帆CRM”：指 …", "版本：指 …",
 * "「資料」係指 …". A definition explains a word; it does not address a topic.
 */
const DEFINITION = new RegExp(
  String.raw`^\s*(?:\d+(?:\.\d+)*\.?\s*)?(?:["「『][^"」』]{1,60}["」』](?:\s*(?:或|、|和|及|与|or|and|,)\s*["「『][^"」』]{1,60}["」』])*\s*(?:[:：]\s*)?(?:\([^)]{0,40}\)\s*)?(?:指|是指|系指|係指|意指|means|shall mean|refers to|has the meaning)|[^\s，。；:："]{1,12}[:：]\s*(?:指|是指|系指|係指)(?![^。；]{0,3}(?:定|示|派)))`,
  "i"
);
const DEFINITIONS_SECTION = new RegExp(
  cn(
    String.raw`^\s*(?:[\d.]+\s*|第[一二三四五六七八九十\d]+[条章]\s*)?(?:definitions?\b|定义|释义|名词解释|用语定义)`
  ),
  "i"
);

export function isDefinition(clause: Clause): boolean {
  return (
    clause.kind === "definition" ||
    DEFINITION.test(clause.norm) ||
    (clause.section !== undefined && DEFINITIONS_SECTION.test(clause.section.toLowerCase()))
  );
}

/** Clauses that can address a topic: body clauses and table rows, not definitions. */
export const isBody = (clause: Clause) =>
  (clause.kind === "clause" || clause.kind === "table-row") && !isDefinition(clause);

/** The vendor named inside a match means the duty crossed over to it: "Customer provides …, Vendor cleanses …". */
export const VENDOR_WORD = zhRe(
  String.raw`\b(?:vendor|supplier|provider|licensor|contractor)\b|乙方|供应商|服务商|服务方|厂商|供方|卖方`
);

export type DeliveryTopic =
  "scope" | "implementation" | "training" | "migration" | "integration" | "changes";

/** Headings that name each delivery topic; "other" are neighbouring topics a heading may share. */
const HEADINGS: Record<DeliveryTopic | "other", RegExp> = {
  scope: zhRe(
    String.raw`functional scope|feature list|\bfeatures\b|functionality|功能清单|功能范围|功能列表|功能说明|功能规格|功能模块`
  ),
  implementation: zhRe(
    String.raw`implementation|acceptance|onboarding|deployment|go[\s-]live|实施|验收|导入(?:服务|计划|期|专案)|系统导入|上线|部署`
  ),
  training: zhRe(String.raw`\btraining\b|培训|教育训练`),
  migration: zhRe(String.raw`migration|data import|迁移|移转|数据导入|资料导入|资料汇入`),
  integration: zhRe(String.raw`integration|interfaces?|\bapis?\b|集成|对接|接口|介面|串接|整合`),
  changes: zhRe(
    String.raw`change requests?|change management|change control|customi[sz]ation|变更管理|需求变更|变更请求|定制|客制化`
  ),
  other: zhRe(
    String.raw`maintenance|support|warrant|fees|pricing|payment|licen[cs]|维护|支持|售后|保修|费用|价格|付款|授权`
  ),
};

/**
 * The clause sits under a heading that names the topic and no other ("9. Training", "第七条 数据
 *迁移", "6. Implementation and Acceptance") — not "第七条 维护与定制", whose clauses are read by text.
 */
export function underHeading(clause: Clause, topic: DeliveryTopic): boolean {
  if (clause.section === undefined) return false;
  const heading = clause.section.toLowerCase();
  if (!HEADINGS[topic].test(heading)) return false;
  return Object.entries(HEADINGS).every(([key, re]) => key === topic || !re.test(heading));
}

export type Sentence = { start: number; end: number; text: string };

/** Sentence ends: Chinese stops and semicolons, line breaks, and a period not inside "99.9" or "6.5". */
const SENTENCE_END = /[。！？；;!?\n]|\.(?=\s|$)/g;

/** The sentences (and semicolon parts) of a normalised clause, with their offsets. */
export function sentences(norm: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const text = norm.slice(start, end);
    if (text.trim()) out.push({ start, end, text });
    start = end;
  };
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(norm); m; m = SENTENCE_END.exec(norm)) push(m.index + 1);
  push(norm.length);
  return out;
}

/** The first match of `pattern` (global) in `text` that `keep` accepts. */
export function firstMatch(
  pattern: RegExp,
  text: string,
  keep: (m: RegExpExecArray) => boolean = () => true
): RegExpExecArray | undefined {
  const global = new RegExp(
    pattern.source,
    pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g"
  );
  for (let m = global.exec(text); m; m = global.exec(text)) {
    if (keep(m)) return m;
    if (m[0].length === 0) global.lastIndex++;
  }
  return undefined;
}

/**
 * Words before a match that turn it around: "at no additional charge", "shall not cap, throttle or
 * charge separately for", "不另行收费" — unless a new verb intervenes ("does not pay, Vendor may …").
 */
const NEGATION_EN = /\b(?:not|no|never|without|nor|free of)\b([^.;]{0,40})$/;
const NEW_VERB_EN = /\b(?:may|shall|will|can|must|but|except|unless|if|which|that|is|are)\b/;
const NEGATED_BEFORE_ZH = zhRe("(?:不|无需|无须|不必|不需|免|无|并非|非)[^。；，,]{0,4}$");

export function negatedAt(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  const en = NEGATION_EN.exec(before);
  if (en && !NEW_VERB_EN.test(en[1])) return true;
  return NEGATED_BEFORE_ZH.test(before.slice(-14));
}

/**
 * "Charged separately": additional fees, the vendor's rates, not included in the subscription fees,
 * at the customer's cost, 另行收费, 额外费用, 不包含在订阅费用之内, 费用由甲方承担 …
 */
const CHARGED = new RegExp(
  [
    String.raw`(?:additional|extra|separate)\s+(?:fees?|charges?|costs?|payments?|consideration)`,
    String.raw`(?:charged|billed|invoiced|payable|priced|paid for)\s+(?:separately|additionally|extra|in addition)`,
    String.raw`(?:charged|billed|invoiced|chargeable|payable)\s+(?:at|on|by reference to)\s+(?:the\s+)?(?:vendor's|supplier's|provider's|licensor's|its|then[\s-]current|standard|prevailing|applicable|hourly|daily|time)`,
    String.raw`at\s+(?:the\s+)?(?:vendor's|supplier's|provider's|licensor's|its)\s+(?:then[\s-]current\s+|standard\s+|prevailing\s+|applicable\s+|current\s+)?(?:professional services\s+|list\s+)?(?:rates?|prices?|fees?|charges?)`,
    String.raw`not (?:be )?included in the\s+(?:subscription\s+|license\s+|licence\s+|service\s+|annual\s+)?(?:fees?|price|charges?)`,
    String.raw`excluded from the\s+(?:subscription\s+)?(?:fees?|price)`,
    String.raw`at\s+(?:the\s+)?(?:customer's|client's|licensee's|its)\s+(?:own\s+|sole\s+)?(?:cost|expense|charge)`,
    String.raw`(?:customer|client|licensee)\s+(?:shall|will|must)\s+bear\s+(?:all\s+|the\s+|any\s+)?(?:related\s+)?(?:costs?|expenses?|fees?|charges?)`,
    String.raw`separate (?:statement of work|order form|order|agreement|quotation)`,
    String.raw`purchased? separately|time and materials?`,
    cn(
      String.raw`另行(?:向${VENDOR_ZH})?(?:收费|计费|付费|支付|采购|购买|签署|签订|报价|订购|计价|约定(?:费用|价格))|额外(?:的)?(?:费用|收费|付费|支付)|单独(?:收费|计费|付费|采购|购买|计价)`
    ),
    cn(
      String.raw`不(?:包含|包括|含)(?:在)?[^。；]{0,14}(?:费用|价格|价款|服务费|订阅费)(?:之|以)?内|不在[^。；]{0,14}(?:费用|价格|服务费)(?:范围)?(?:之|以)?内`
    ),
    cn(
      String.raw`(?:费用|成本)(?:由|均由|应由)${CUSTOMER_ZH}(?:自行)?(?:承担|支付|负担)|${CUSTOMER_ZH}(?:应)?(?:自行)?(?:承担|支付|负担)(?:相关|全部|所有|相应)?(?:的)?(?:费用|成本)`
    ),
    cn(
      String.raw`收取(?:额外|相应|相关|服务)?(?:的)?费用|有偿(?:提供)?|自费|按[^。；]{0,20}(?:标准|价格|费率|价目|单价)(?:另行)?(?:收取|计收|收费|支付|计费|结算)`
    ),
  ].join("|"),
  "g"
);
/** Charges for travel and lodging are not charges for the service itself. */
const TRAVEL = zhRe(String.raw`travel|accommodation|lodging|per diem|差旅|交通|住宿|食宿`);
/** "Additional training beyond the included sessions is charged" — extra work, not the service. */
const BEYOND = zhRe(
  String.raw`(?:additional|further|extra|more)\s+(?:training|sessions?|hours?|migrations?|imports?|integrations?)|beyond (?:the|this|that|such)|in excess of|exceed|超出|超过|额外的?(?:培训|课程|场次|迁移|集成)|增加(?:的)?(?:培训|场次)`
);

/** Where `text` says the thing is charged separately (not negated, not travel, not "beyond"). */
export function chargedIn(text: string): RegExpExecArray | undefined {
  return firstMatch(CHARGED, text, (m) => {
    if (!m[0].startsWith("not") && !m[0].startsWith("不") && negatedAt(text, m.index)) return false;
    const near = text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 30);
    if (TRAVEL.test(near)) return false;
    return !BEYOND.test(text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 10));
  });
}
