// The questions every shop of a category gets. An intent counts as covered when some keyword
// rule would answer a typical phrasing of it — checked by running the phrasings through the
// same keyword index the matcher uses, not by guessing from rule ids.
// SPEC §5: auto replies do not count towards the required 80% human reply rate, so some text
// must tell the buyer that a person answers complex questions.
import type { ConfigRule } from '../config-rules.js';
import type { Localized } from '../../i18n.js';
import { normalizeKeyword } from '../keyword-index.js';

interface Intent {
  readonly id: string;
  readonly label: Localized;
  /** How buyers typically ask; a rule answering any of them covers the intent. */
  readonly phrasings: readonly string[];
  readonly suggestion: { readonly keywords: readonly string[]; readonly reply: string };
}

const INTENTS: Record<string, Intent> = {
  shipping: {
    id: 'shipping',
    label: { zh: '发货时间', en: 'shipping time' },
    phrasings: ['什么时候发货', '几天发货', '多久发货', '发货时间', '啥时候发', '什么时候发', '多久能发'],
    suggestion: { keywords: ['什么时候发货', '几天发货', '发货时间'], reply: '现货商品付款后{{ship_days}}天内发货～' },
  },
  fee: {
    id: 'fee',
    label: { zh: '运费/包邮', en: 'shipping fee' },
    phrasings: ['包邮吗', '包不包邮', '运费多少', '邮费多少', '要运费吗', '运费怎么算'],
    suggestion: { keywords: ['包邮吗', '运费多少', '邮费'], reply: '店铺满{{free_shipping_threshold}}元包邮，偏远地区以下单页为准哦～' },
  },
  returns: {
    id: 'returns',
    label: { zh: '退换货', en: 'returns' },
    phrasings: ['可以退换吗', '能退货吗', '怎么退货', '可以退吗', '能换吗', '七天无理由', '退换货'],
    suggestion: { keywords: ['退换', '退货', '无理由'], reply: '支持签收后{{return_days}}天无理由退换，在订单页点「申请售后」即可～' },
  },
  size: {
    id: 'size',
    label: { zh: '尺码', en: 'sizing' },
    phrasings: ['怎么选尺码', '尺码', '穿多大码', '选什么码', '码数', '偏大还是偏小', '身高体重'],
    suggestion: { keywords: ['尺码', '多大码', '码数'], reply: '每款的尺码表都在商品详情页，把身高体重发给我们，客服帮您推荐尺码～' },
  },
  spec: {
    id: 'spec',
    label: { zh: '规格', en: 'specifications' },
    phrasings: ['有什么规格', '规格', '有几个颜色', '尺寸多大', '选哪个', '什么型号', '容量多大'],
    suggestion: { keywords: ['规格', '尺寸', '颜色'], reply: '各规格的尺寸、颜色和参数都在商品详情页标注了，拿不准可以留言让客服推荐～' },
  },
  authenticity: {
    id: 'authenticity',
    label: { zh: '正品/真伪', en: 'authenticity' },
    phrasings: ['是正品吗', '正品吗', '是真的吗', '是假货吗', '保真吗', '有授权吗'],
    suggestion: { keywords: ['正品', '真的吗', '假货'], reply: '本店商品均来自品牌方或正规授权渠道，在小红书平台交易，受平台保障～' },
  },
  after_sales: {
    id: 'after_sales',
    label: { zh: '售后/质量问题', en: 'after-sales' },
    phrasings: ['质量问题', '怎么售后', '收到坏的', '有破损', '发错了', '少发了', '售后'],
    suggestion: { keywords: ['质量问题', '售后', '破损'], reply: '很抱歉给您添麻烦了！请在订单页申请售后并上传照片，客服核实后尽快处理～' },
  },
  discount: {
    id: 'discount',
    label: { zh: '优惠', en: 'discounts' },
    phrasings: ['有优惠吗', '优惠券', '能便宜点吗', '有活动吗', '打折吗', '有满减吗'],
    suggestion: { keywords: ['优惠', '便宜', '优惠券'], reply: '店铺首页和商品页可以领取当前可用的优惠券，活动以页面显示为准哦～' },
  },
  human: {
    id: 'human',
    label: { zh: '人工客服', en: 'human agent' },
    phrasings: ['人工客服', '转人工', '有人吗', '真人客服', '找客服', '人工'],
    suggestion: { keywords: ['人工', '转人工', '有人吗'], reply: '人工客服在线时间是{{service_hours}}，看到后会尽快回复您，请稍等哦～' },
  },
  shelf_life: {
    id: 'shelf_life',
    label: { zh: '保质期', en: 'shelf life' },
    phrasings: ['保质期多久', '保质期', '生产日期', '能放多久', '过期'],
    suggestion: { keywords: ['保质期', '生产日期'], reply: '保质期和生产日期都标注在商品详情页和包装上，发货均为近期生产的新鲜批次～' },
  },
};

const COMMON = ['shipping', 'fee', 'returns', 'after_sales', 'discount', 'human'];

/** Category ids as the templates name them, and the Chinese names merchants write. */
const CATEGORIES: Record<string, readonly string[]> = {
  general: [...COMMON, 'spec', 'authenticity'],
  apparel: [...COMMON, 'size', 'authenticity'],
  beauty: [...COMMON, 'spec', 'authenticity'],
  food: [...COMMON, 'spec', 'shelf_life'],
  digital: [...COMMON, 'spec', 'authenticity'],
  home: [...COMMON, 'spec'],
  baby: [...COMMON, 'spec', 'authenticity'],
};
const CATEGORY_ALIASES: Record<string, string> = {
  通用: 'general', 服装: 'apparel', 服饰: 'apparel', 女装: 'apparel', 男装: 'apparel', 童装: 'apparel',
  美妆: 'beauty', 护肤: 'beauty', 彩妆: 'beauty', 食品: 'food', 零食: 'food', 数码: 'digital',
  家居: 'home', 家纺: 'home', 母婴: 'baby',
};

export function intentsFor(category: string | undefined): readonly Intent[] {
  const c = (category ?? '').trim().toLowerCase();
  const id = CATEGORIES[c] ? c : (CATEGORY_ALIASES[c] ?? 'general');
  return CATEGORIES[id].map((i) => INTENTS[i]);
}

/** A person will answer: 人工/客服/真人 together with a promise to reply or a request to wait. */
const HUMAN = /人工|客服|真人|店主|掌柜/u;
const WAIT = /稍后|稍等|等一下|等等|尽快|看到后|看到会|会回复|回复您|回复你|上线|在线时间|留言/u;

const rule: ConfigRule = {
  id: 'missing-common-intents',
  severity: 'warning',
  description: {
    zh: '缺少本类目买家常问问题（发货、运费、退换、尺码/规格……）的自动回复',
    en: 'No auto reply for questions every shop of this category gets',
  },
  protects: {
    zh: '常见问题没有自动回复，买家等不到答案就流失；平台要求人工回复率高于 80%',
    en: 'Unanswered common questions lose buyers; the platform requires an 80% human reply rate',
  },
  check(ctx, report) {
    const index = ctx.keywordIndex();
    const anchor = Array.isArray(ctx.config.keyword_rules)
      ? ['keyword_rules']
      : ctx.config.shop?.category !== undefined
        ? ['shop', 'category']
        : ['version'];
    for (const intent of intentsFor(ctx.resolved.shop?.category)) {
      const covered = intent.phrasings.some((phrase) => {
        const norm = normalizeKeyword(phrase);
        let hit = false;
        index.scan(norm, (keyword, entries) => {
          hit ||= entries.some((e) => e.item.kind === 'keyword_rule' && (e.item.match === 'contains' || keyword === norm));
        });
        return hit;
      });
      if (covered) continue;
      const s = intent.suggestion;
      report({
        path: anchor,
        message: {
          zh: `没有回答「${intent.label.zh}」的关键词规则（买家常问如「${intent.phrasings[0]}」）`,
          en: `No keyword rule answers ${intent.label.en} (buyers ask e.g. "${intent.phrasings[0]}")`,
        },
        suggestion: {
          zh: `添加规则：关键词 [${s.keywords.join(', ')}] → 回复「${s.reply}」`,
          en: `Add a rule: keywords [${s.keywords.join(', ')}] → reply "${s.reply}"`,
        },
      });
    }
    const texts = ctx.texts().filter((t) => t.kind === 'welcome' || t.kind === 'reply' || t.kind === 'card_reply');
    if (texts.length > 0 && !texts.some((t) => HUMAN.test(t.text) && WAIT.test(t.text))) {
      const welcome = texts.find((t) => t.kind === 'welcome');
      report({
        path: welcome ? welcome.path : anchor,
        message: {
          zh: '没有任何自动回复告诉买家复杂问题会由人工客服稍后回复（自动回复不计入平台要求的人工回复率）',
          en: 'No auto reply tells buyers a person will answer complex questions later (auto replies do not count toward the human reply rate)',
        },
        suggestion: {
          zh: '在欢迎语里加一句：「复杂问题请留言，人工客服看到后会尽快回复您，请稍等哦～」',
          en: 'Add to the welcome text: 「复杂问题请留言，人工客服看到后会尽快回复您，请稍等哦～」',
        },
      });
    }
  },
};

export default rule;
