// Paying or pressing for reviews (好评返现, 五星截图领红包, 删差评给补偿) is 诱导好评, which the
// platform punishes. Asking for an honest review without a reward is fine, so a review word
// alone never fires: it needs a reward in the same sentence, or a demand to delete/change one.
import { CLAUSE_END, SENTENCE_END, scan } from '../context.js';
import { defineTextRule } from '../define-rule.js';

const REVIEW = /好评(?![率度]|如潮)|五星|5星|晒图|晒单|追评|评价|评论|带图|买家秀|返图/g;
const REWARD =
  /返(?:给)?(?:您|你)?(?:现|钱|利|还)?(?:[0-9]+(?:元|块钱?)?)?(?:红包|现金)?(?<=返.+)|红包|现金|奖励|有礼|有奖|礼品|礼物|小样|赠品|赠送|送(?!达|货|到|出|去|回|检|修|快递)(?:[0-9]+元)?(?:运费险|红包|现金|优惠券|券|小?礼品|小?礼物|赠品|小样)?|领(?!取快递)(?:取)?(?:[0-9]+元)?(?:红包|现金|优惠券|无门槛券|券|礼品|礼物|赠品|小样|奖励)?|补偿|优惠券|无门槛|券|积分|(?<!享)优惠(?!券)|打折|折扣|抽奖|立减|打[0-9一二三四五六七八九]+(?:\.[0-9])?折|下次[^,.!?;。]{0,8}?(?:打折|打[0-9一二三四五六七八九]+折|优惠|立减|便宜|免单)|减[0-9]+元?|退[0-9]+元?|[0-9]+元|[0-9]+块钱?|¥[0-9]|运费险|免单/g;
/** Deleting or changing a review, or demanding a good one. */
const PRESSING =
  /(?:删|撤|改|修改)(?:掉|除|销|一下|成|为|了)?(?:那条|这条|那个|这个|您的|你的|一下)*(?:差评|中评|评价|评论)|(?:差评|中评)[^,.!?;。]{0,4}?(?:删|撤|改)(?:掉|了|除|一下)?|(?:差评|中评)[^.!?;。]{0,10}?(?:删除|删掉|撤销|撤回|修改|改成好评|改为好评|改成|改为|改掉)(?:一下)?|(?:好评|五星|5星|评价|评论|追评|晒图|买家秀)[^.!?;。]{0,8}?截(?:个|一下|一张|张|下)?图(?:后)?[^.!?;。]{0,3}?(?:发给|发|给|私信|私|找|联系)(?:给)?(?:我们|我|客服|店主|掌柜|老板)?|改(?:成|为)好评|(?:必须|一定要|务必)(?:给|打)?(?:个)?(?:(?:五星|5星)?好评|五星|5星)|不给(?:好评|五星)(?:就|不)|刷(?:单|好评|评价|销量)|补单/g;
/** Rewards that are unmistakable across a comma (好评…，返现5元); weaker ones (送, 领, 5元, 券)
 *  must share the review word's clause, or 满99元包邮 after a polite request would count. */
const STRONG_REWARD = /返|红包|现金|补偿|免单|奖励|有奖|有礼|下次/;
const NO_REWARD_BEFORE = /(?:不|没有?|无|拒绝|禁止|不会|严禁|杜绝)(?:搞|做|参与|支持|提供|存在|进行|设置|允许)?(?:五星|5星)?(?:好评|晒图|晒单|追评|评价)?$/;
/** Before the review word: the shop says it does NOT do this (我们不搞好评返现). */
const NEGATED_BEFORE = /(?:不|没有?|无|拒绝|禁止|不会|严禁|杜绝)(?:搞|做|参与|支持|提供|存在|进行|设置|允许)?$/;

/** Review words are matched within this many characters of the reward, inside one sentence. */
const AFTER_WINDOW = 16;
const BEFORE_WINDOW = 10;

function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && start - a < BEFORE_WINDOW && SENTENCE_END[text.charCodeAt(a - 1)] === 0) a--;
  let b = end;
  while (b < text.length && b - end < AFTER_WINDOW && SENTENCE_END[text.charCodeAt(b)] === 0) b++;
  return [a, b];
}

export default defineTextRule({
  id: 'review-inducement',
  severity: 'error',
  description: {
    zh: '以返现、红包、赠品等利益诱导或施压要求好评（好评返现、五星截图领红包、删差评给补偿）',
    en: 'Pays or pressures for reviews (cash back for good reviews, red packets for 5-star screenshots, compensation for deleting a bad review)',
  },
  protects: {
    zh: '平台禁止以利益诱导好评或删改差评（诱导好评、虚假评价），违者扣分、评价清除、限流',
    en: 'The platform bans rewarding or pressuring buyers for reviews; offenders lose points, reviews are removed and traffic is throttled',
  },
  messages: {
    reward: {
      zh: '以利益换评价「{{quote}}」属于诱导好评，平台禁止',
      en: 'Reward in exchange for a review "{{quote}}" is review inducement, banned by the platform',
    },
    pressing: {
      zh: '要求买家删改评价或强要好评「{{quote}}」属于诱导好评，平台禁止',
      en: 'Pressing the buyer to change or give a review "{{quote}}" is review inducement, banned by the platform',
    },
  },
  check(normalized, report) {
    const text = normalized.text;
    scan(REVIEW, text, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      if (NEGATED_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return;
      const [a, b] = sentenceBounds(text, start, end);
      const sentence = text.slice(a, b);
      let ca = start;
      while (ca > a && CLAUSE_END[text.charCodeAt(ca - 1)] === 0) ca--;
      let cb = end;
      while (cb < b && CLAUSE_END[text.charCodeAt(cb)] === 0) cb++;
      let found = false;
      scan(REWARD, sentence, (r) => {
        if (found || NO_REWARD_BEFORE.test(sentence.slice(Math.max(0, r.index - 8), r.index))) return;
        const rs = a + r.index;
        const re = rs + r[0].length;
        // The reward word must not be part of the review word itself (晒图返 vs 返图).
        if (rs < end && re > start) return;
        if ((rs < ca || re > cb) && !STRONG_REWARD.test(r[0])) return;
        found = true;
        report({ start: Math.min(start, rs), end: Math.max(end, re), messageId: 'reward', suggestion: '欢迎收到后给我们真实评价' });
      });
    });
    scan(PRESSING, text, (m) => {
      report({ start: m.index, end: m.index + m[0].length, messageId: 'pressing', suggestion: '有任何问题请先联系我们，一定帮您处理好' });
    });
  },
});
