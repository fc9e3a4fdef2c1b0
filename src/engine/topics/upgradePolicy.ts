/**
 * upgrade-policy — 升级政策. Risky: "lifetime free upgrades" hollowed out by "subject to the vendor's
 * official announcement / policy" (以官方公告为准) or its discretion; major versions or upgrades charged
 * separately. Meets: all updates and new versions included during the term at no extra charge.
 */
import { anchorIn } from "../clauseText";
import type { Clause } from "../segment";
import type { Finding } from "../types";
import { AS_QUOTED, blank, isBody, sentences } from "./reading";
import { finding, verdictOf, type TopicRule } from "./rule";

const SIGNAL =
  /upgrade|\bupdates?\b|\breleases?\b|new versions?|major versions?|升级|新版本|版本更新|更新版本|大版本|版本升级|软件更新|系统更新|产品更新/;

/** Software upgrades: new versions, releases, updates of the service. */
const UPGRADE =
  /upgrades?|new (?:major |minor )?(?:versions?|releases?)|major (?:versions?|releases?)|(?:all|any|future|software|product|service|regular|subsequent) updates|updates,? (?:and|or) (?:upgrades|new versions|enhancements)|\breleases?\b|升级|新版本|版本(?:更新|升级|迭代)|更新(?:版本|内容)|大版本|(?:软件|系统|产品)更新/;
/** "Upgrade" that is a purchase of a higher edition, and release notes in a notices clause. */
const NOT_UPGRADE =
  /upgrade (?:to )?(?:a |the )?(?:higher|premium|enterprise|professional|ultimate|advanced)? ?(?:edition|tier|plan|package|subscription level)|higher (?:edition|tier|plan)|(?:notices?|notifications?|announcements?) (?:of|regarding|about) [^.;]{0,60}|升级(?:服务|订购)?版本(?=[^。；;]{0,8}(?:或|、|及|和|，|,)?(?:增加|增购|购买))|升级(?:服务|订购)版本|升级(?:至|到)?(?:更高|高级|旗舰|专业|企业)(?:版|版本)?/g;
/** The upgrade is promised: free, included, provided, an entitlement. */
const PROMISE =
  /\bfree\b|no (?:additional |extra )?(?:charge|cost|fee)|included|entitled|纳入|receive|provide[sd]?|make[s]? [^.;]{0,30}available|access to|免费|享有|提供|获得|包含|可使用|无偿/;
/** Qualifiers that hollow the promise out: the vendor's policy or announcement decides. */
const QUALIFIER = new RegExp(
  [
    String.raw`subject to (?!(?:the )?(?:terms|provisions|conditions) of this)[^.;]{0,60}(?:polic(?:y|ies)|announcements?|discretion|availability|website|rules)`,
    String.raw`as (?:announced|published|determined|decided|set out|specified) (?:by|in|on) (?:the )?(?:vendor|supplier|provider|its|vendor's|our)`,
    String.raw`(?:vendor's|its) (?:official )?(?:upgrade )?(?:polic(?:y|ies)|announcements?)`,
    `以[^。；;]{0,20}(?:公告|公布|政策|通知|规定|说明|网站|官网)为准`,
    `由乙方(?:自行)?(?:决定|确定)是否|乙方有权(?:自行)?决定是否|是否[^。；;]{0,12}由乙方(?:自行)?(?:决定|确定)|视[^。；;]{0,10}情况`,
    String.raw`(?:vendor|supplier|provider) (?:may|shall|will) (?:decide|determine) whether|whether[^.;]{0,60}(?:at|in) (?:the )?(?:vendor's|its|supplier's|provider's) (?:sole |absolute )?discretion`,
  ].join("|")
);
/** Softer: whether and when is the vendor's call — harmless when every update is promised free. */
const SOFT_QUALIFIER =
  /(?:at|in) (?:the )?(?:vendor's|its|our|supplier's|provider's) (?:sole |absolute |reasonable )?discretion|from time to time|as (?:the )?(?:vendor|supplier|provider) (?:may )?(?:determines?|decides?)|(?:乙方|供应商)(?:可)?(?:不定期|酌情)|由乙方(?:自行)?(?:决定|确定)/;
const ALL_UPGRADES =
  /\ball (?:updates|upgrades|new versions|releases|enhancements)|所有(?:的)?(?:更新|升级|新版本)|全部(?:更新|升级|新版本)/;

/**
 * The upgrade costs extra. "升级费" counts on its own, not as one item of a list of fee kinds
 * ("全部费用（包括订阅费、实施费、培训费、升级费及其他服务费）均已逐项列明" charges nothing — as its
 * English "subscription, implementation, training, upgrade and other service fees" is not read).
 */
const CHARGED = new RegExp(
  [
    String.raw`\b(?:charged|chargeable)\b|(?:billed|invoiced|payable) separately|(?:fee|charge|price) for (?:each |any |such |the )?(?:major |new )?(?:upgrades?|versions?|releases?)|fees? (?:apply|applies|will apply|may apply)|(?:additional|separate|extra|upgrade) (?:fees?|charges?|costs?|purchase|licen[cs]es?)|(?:purchased?|licensed|priced|sold) separately|not (?:be )?included|excluded from|another (?:subscription|licen[cs]e)|requires? (?:the |a |an )?(?:separate |additional )?purchase|purchase of (?:an? )?(?:upgrade|new|separate|additional)|(?:at|per) (?:the )?(?:vendor's|provider's|supplier's|its) (?:then[\s-]current )?(?:list )?price`,
    `另行(?:收费|付费|计费|计价|购买|采购|报价|订购)|需(?:要)?(?:另行)?(?:付费|支付|购买)|收取[^。；;]{0,10}费|(?<!、)升级费(?![、及和与等])|不(?:包含|包括)在|不在[^。；;]{0,10}范围|额外(?:收费|费用)|有偿`,
  ].join("|")
);
/** No charge after all: "at no additional charge", "不另行收费", "免费". */
const FREE =
  /(?:at|for|with) no (?:additional |extra |further |separate )?(?:charge|cost|fee)s?|without (?:any )?(?:additional |extra |further |separate )?(?:charge|cost|fee|payment)s?|free of charge|(?:shall|will|may) not (?:be )?(?:charge[ds]?|bill(?:ed)?|invoice[ds]?)|no (?:additional |extra |separate |upgrade )?(?:fees?|charges?|costs?)|(?:are|is|be|remains?) included in the (?:subscription )?(?:fees?|price)|不(?:得|会|再|应)?(?:另行|额外)?(?:收取|收费|计费|付费)(?:任何)?(?:费用)?|无需(?:另行)?(?:支付|付费)|不需(?:要)?(?:另行)?(?:支付|付费)|免费/g;
/** Adapting configurations to a new release is maintenance work, not the upgrade itself. */
const ADAPTATION = /adapt|compatib|integration|custom code|configuration|适配|兼容|定制|集成|调整/;

/** Words that, in a section about upgrades, make a sentence speak of them ("7. Updates and Upgrades"). */
const UPGRADE_SECTION = /upgrade|updates|new version|升级|版本|更新/;
const RELEASE_WORDS = /release|version|update|upgrade|版本|更新|升级|发布/;

export const upgradePolicy: TopicRule = {
  id: "upgrade-policy",
  matches: (clause) => isBody(clause, "entry") && SIGNAL.test(clause.norm),
  judge(context, matched) {
    const { snapshot, topic } = context;
    const position = { upgradesIncluded: true };
    const findings: Finding[] = [];
    const relevant: Clause[] = [];
    for (const clause of matched) {
      const norm = blank(clause.norm, NOT_UPGRADE);
      const inUpgradeSection = UPGRADE_SECTION.test((clause.section ?? "").toLowerCase());
      let addresses = false;
      let flagged = false;
      for (const { start, text: s } of sentences(norm, AS_QUOTED)) {
        const upgrade = UPGRADE.exec(s);
        // "releases" or "大版本" alone may be a maintenance notice; they count when the sentence
        // promises, prices or qualifies them, or sits in a section about upgrades.
        const speaks = upgrade
          ? /upgrade|升级/.test(upgrade[0]) ||
            inUpgradeSection ||
            PROMISE.test(s) ||
            CHARGED.test(s) ||
            QUALIFIER.test(s) ||
            SOFT_QUALIFIER.test(s)
          : inUpgradeSection && RELEASE_WORDS.test(s) && PROMISE.test(s);
        if (!speaks) continue;
        addresses = true;
        if (flagged || !upgrade) continue;
        const allFree = ALL_UPGRADES.test(s) && blank(s, FREE) !== s;
        // The vendor's policy or announcement decides: hollow whether or not the sentence promises.
        const qualifier =
          QUALIFIER.exec(s) ?? (PROMISE.test(s) && !allFree ? SOFT_QUALIFIER.exec(s) : null);
        if (qualifier) {
          flagged = true;
          const at = start + qualifier.index;
          findings.push(
            finding(
              context,
              anchorIn(snapshot, clause, at, at + qualifier[0].length),
              "high",
              { code: "qualified-upgrades", params: {} },
              {
                upgradeQualifier: {
                  value: true,
                  text: clause.text.slice(at, at + qualifier[0].length),
                },
              },
              position
            )
          );
          continue;
        }
        const charged = ADAPTATION.test(s) ? null : CHARGED.exec(blank(s, FREE));
        if (charged) {
          flagged = true;
          const at = start + charged.index;
          findings.push(
            finding(
              context,
              anchorIn(snapshot, clause, at, at + charged[0].length),
              "high",
              { code: "paid-upgrades", params: {} },
              {
                upgradesCharged: {
                  value: true,
                  text: clause.text.slice(at, at + charged[0].length),
                },
              },
              position
            )
          );
        }
      }
      if (addresses) relevant.push(clause);
    }
    return { verdict: verdictOf(findings, relevant, topic), findings, clauses: relevant };
  },
};
