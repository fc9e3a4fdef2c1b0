/**
 * How the topic rules read a clause's normalised text (`clause.norm`, see normalize.ts): its
 * sentences, phrases blanked out without moving offsets, matches a negation turns around, the
 * definitions entries that address no topic, and Simplified patterns that must also match the
 * Traditional characters normalisation leaves alone.
 */
import type { Clause } from "../segment";

// ── Sentences ────────────────────────────────────────────────────────────────────────────────────

/** A sentence (or semicolon part) of a clause: its text and its offsets in the clause's text. */
export type Sentence = { start: number; end: number; text: string };

export type SentenceOptions = {
  /** Does a line break end a sentence? Yes by default: the lines of a list joined into one clause. */
  lineBreaks?: boolean;
  /** Leave out the blanks a sentence opens with (by default it starts where the last one ended). */
  trimStart?: boolean;
};

/**
 * Sentences as `sentenceAround` (clauseText.ts) cuts a paragraph, which is what an anchor quotes:
 * "… as follows:\n(a) …" stays one sentence, and each starts at its first word.
 */
export const AS_QUOTED: SentenceOptions = { lineBreaks: false, trimStart: true };

/** Sentence ends: Chinese stops and semicolons, ! and ?, a period not inside "99.9" or "6.5". */
const ENDS_IN_LINE = /[。！？；;!?]|\.(?=\s|$)/g;
/** The same, and line breaks. */
const ENDS = /[。！？；;!?\n]|\.(?=\s|$)/g;
const WHITESPACE = /\s/;
const NOT_BLANK = /\S/g;

/** The sentences of normalised clause text, with offsets into it; blank ones are left out. */
export function sentences(text: string, options: SentenceOptions = {}): Sentence[] {
  const ends = options.lineBreaks === false ? ENDS_IN_LINE : ENDS;
  const out: Sentence[] = [];
  let from = 0;
  // A plain loop, not a closure per piece: this runs on every clause a rule reads.
  for (ends.lastIndex = 0; from <= text.length;) {
    const m = ends.exec(text);
    const to = m ? m.index + 1 : text.length;
    let start = from;
    if (options.trimStart) while (start < to && WHITESPACE.test(text[start])) start++;
    // Keep pieces with something besides white space (what `piece.trim()` tested, without the copy).
    NOT_BLANK.lastIndex = start;
    const visible = NOT_BLANK.exec(text);
    if (visible && visible.index < to) out.push({ start, end: to, text: text.slice(start, to) });
    from = to;
    if (!m) break;
  }
  return out;
}

// ── Matching ─────────────────────────────────────────────────────────────────────────────────────

/**
 * `text` with every match of the global `pattern` turned into spaces: the phrase no longer counts
 * ("not refundable" before looking for "refund"), and every offset still points into the clause.
 */
export function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (m) => " ".repeat(m.length));
}

/** The first match of `pattern` in `text` that `keep` accepts (the pattern need not be global). */
export function firstMatch(
  pattern: RegExp,
  text: string,
  keep: (m: RegExpExecArray) => boolean = () => true
): RegExpExecArray | undefined {
  const global = globalCopy(pattern);
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    if (keep(m)) return m;
    if (m[0].length === 0) global.lastIndex++;
  }
  return undefined;
}

/**
 * One global copy per pattern, made once: building a RegExp per call was a rule's main cost. (Not
 * re-entrant for one pattern: a `keep` callback must not call firstMatch with the same pattern.)
 */
const GLOBAL_COPIES = new WeakMap<RegExp, RegExp>();

function globalCopy(pattern: RegExp): RegExp {
  let copy = GLOBAL_COPIES.get(pattern);
  if (!copy) {
    copy = new RegExp(
      pattern.source,
      pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`
    );
    GLOBAL_COPIES.set(pattern, copy);
  }
  return copy;
}

// ── Negation ─────────────────────────────────────────────────────────────────────────────────────

/** An English negation and the words after it, which must not bring a new verb of their own. */
const NEGATION_EN = /\b(?:not|no|never|without|nor|free of)\b([^.;]{0,40})$/;
const NEW_VERB_EN = /\b(?:may|shall|will|can|must|but|except|unless|if|which|that|is|are)\b/;
/** A Chinese negation at most four characters before: "不另行收费", "无需额外支付". */
const NEGATION_ZH = /(?:不|无需|无须|不必|不需|免|无|并非|非)[^。；，,]{0,4}$/;

/**
 * Do the words just before the match at `index` turn it around? "at no additional charge", "shall
 * not cap, throttle or charge separately for", "不另行收费" — but not "does not pay, Vendor may …".
 */
export function negatedAt(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  const en = NEGATION_EN.exec(before);
  if (en && !NEW_VERB_EN.test(en[1])) return true;
  return NEGATION_ZH.test(before.slice(-14));
}

/** Words that forbid what follows them: "shall not", "cannot", "不得", "不能", "禁止". */
const FORBIDDING = String.raw`\b(?:shall|will|may|must|does|do) not\b|\bcannot\b|不得|不会|不能|禁止`;

/**
 * A test for the words before a promise that forbid it instead ("Vendor shall not access …"):
 * FORBIDDING and the alternatives a rule adds for its own subject.
 */
export function forbidding(...more: string[]): RegExp {
  return new RegExp([FORBIDDING, ...more].join("|"));
}

// ── Traditional Chinese ──────────────────────────────────────────────────────────────────────────

/**
 * Simplified → Traditional pairs for the characters the rules match on. normalizeForMatch folds
 * most Traditional characters already (traditional.ts), so a pattern over `clause.norm` needs these
 * only for characters traditional.ts lacks (歷, 節, 獨, 詳, 見 …); a pattern over a heading
 * (`clause.section`, not normalised) needs them all.
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
export function zhRe(source: string, flags = ""): RegExp {
  return new RegExp(cn(source), flags);
}

// ── Definitions ──────────────────────────────────────────────────────────────────────────────────

/** Numbering before a defined term: "1.5 ", "3. ". */
const NUMBERED = String.raw`^\s*(?:\d+(?:\.\d+)*\.?\s*)?`;
/** Numbering as a sentence may start with it: any run of digits and periods. */
const NUMBERED_LOOSELY = String.raw`^\s*(?:[\d.]+\s*)?`;
/** A term in quotes as normalised text has them: "版本", 「資料」. */
const quoted = (length: number) => String.raw`["「『][^"」』]{1,${length}}["」』]`;
/** One term or a list of them: “本软件”或“云帆CRM”. */
const termList = (term: string, joiners: string) =>
  String.raw`${term}(?:\s*(?:${joiners})\s*${term})*`;
const DEFINES = "指|是指|系指|means|shall mean|refers to";

/**
 * How a definition opens. The segmenter marks a clause that opens with one quoted term
 * (`clause.kind === "definition"`); the rules also skip lists of terms, table rows and numbering in
 * full-width digits, each with the reading it was written with — the readings differ at the edges
 * (term length, list words, a comma for the colon), and merging them would change verdicts there.
 */
export type DefinitionForm =
  "entry" | "short-entry" | "loose-entry" | "sentence" | "loose-sentence";

const DEFINITIONS: Record<DefinitionForm, RegExp> = {
  /** `"Fees" means`, `“A”或“B”：指`, `“A”、“B”：指`, `"Fees", means`. */
  entry: new RegExp(
    String.raw`${NUMBERED}${termList(quoted(60), "或|及|和|、|or|and|,")}\s*[:,]?\s*(?:${DEFINES})`
  ),
  /** Terms of up to 40 characters, listed with 或 / 、 / or / and only; a colon only. */
  "short-entry": new RegExp(
    String.raw`${NUMBERED}${termList(quoted(40), "或|or|and|、")}\s*[:：]?\s*(?:${DEFINES})`
  ),
  /**
   * Lists with 与 too, a colon (not a comma), an aside (`“本软件”(以下简称…)：指`), 意指 / "has the meaning",
   * and an unquoted label (`版本：指`, not `…：指定`).
   */
  "loose-entry": new RegExp(
    String.raw`${NUMBERED}(?:${termList(quoted(60), "或|、|和|及|与|or|and|,")}\s*(?:[:：]\s*)?(?:\([^)]{0,40}\)\s*)?(?:${DEFINES}|係指|意指|has the meaning)` +
      String.raw`|[^\s，。；:："]{1,12}[:：]\s*(?:指|是指|系指|係指)(?![^。；]{0,3}(?:定|示|派)))`,
    "i"
  ),
  /** A sentence inside a clause that defines one term in straight quotes: `"Work Product" means`. */
  sentence: new RegExp(String.raw`${NUMBERED_LOOSELY}"[^"]{1,60}"\s*[:：]?\s*(?:${DEFINES})`),
  /** The same after a "Definitions." title, and with "has the meaning" or 具有. */
  "loose-sentence": new RegExp(
    String.raw`${NUMBERED_LOOSELY}(?:definitions?\.\s*)?"[^"]{1,60}"\s*[:：]?\s*(?:${DEFINES}|has the meaning|具有)`
  ),
};

/** Does `text` open with a definition ("“版本”：指 …", "'Fees' means …") in the given form? */
export function definesTerm(text: string, form: DefinitionForm = "entry"): boolean {
  return DEFINITIONS[form].test(text);
}

/**
 * Can the clause address a topic at all? Body text and table rows can; headings, tables of contents
 * and the definitions the segmenter marks cannot — nor, given a form, the definitions it misses.
 */
export function isBody(clause: Clause, definitions?: DefinitionForm): boolean {
  if (clause.kind !== "clause" && clause.kind !== "table-row") return false;
  return definitions === undefined || !definesTerm(clause.norm, definitions);
}

/** Headings of a definitions section: "1. Definitions", "第一条 定义", "释义". */
const DEFINITIONS_SECTION = zhRe(
  String.raw`^\s*(?:[\d.]+\s*|第[一二三四五六七八九十\d]+[条章]\s*)?(?:definitions?\b|定义|释义|名词解释|用语定义)`,
  "i"
);

/** Does the clause sit under a definitions heading? Headings are not normalised: hence `zhRe`. */
export function inDefinitionsSection(clause: Clause): boolean {
  return clause.section !== undefined && DEFINITIONS_SECTION.test(clause.section.toLowerCase());
}
