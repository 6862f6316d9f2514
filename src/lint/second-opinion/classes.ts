// Word classes of the learned second opinion (模型复核). Beside the 2–4-character n-grams of the
// normalized text the model reads a CLASS VIEW of it: the same text, the same length, with every
// character of a class word replaced by the class's marker (digits by Ⓓ, 皮肤 by ⒷⒷ, 见效 by
// ⓄⓄ). Its n-grams that hold a marker are extra features: 「3天见效」 and 「7天起效」 share
// 「Ⓓ天Ⓞ」, 「保证皮肤变白」 and 「包你脸变白」 share 「ⒸⒷ」-like transitions. A model trained only on
// the seen strings learns 见效 after 3天 once; the class n-grams let what it learns from one
// member carry over to the rest of its class — the claims that are made in new words (issue 10:
// natural claims without list words, harassment and counterfeit said without keywords).
//
// The classes are generic vocabularies of the domain (written for the model, not taken from any
// corpus text): a topic the product acts on, an outcome or result, an assurance or certainty
// marker, a platform or contact channel, a put-down, the spiritual, and imitation goods. They are
// features, not findings: a word here decides nothing by itself, the trained weights do (and a
// word that reads fine everywhere just gets no weight). Single characters that are mostly parts of
// ordinary words (包 in 包邮, 秒 in 秒杀) are left out. Changing a list changes the features, so the
// model must be retrained (the header carries the digest of these lists; a test compares it).

/** Marker characters (private use area), one per class. */
export const MARKERS = {
  digit: '\uE000',
  topic: '\uE001',
  outcome: '\uE002',
  assurance: '\uE003',
  channel: '\uE004',
  insult: '\uE005',
  spiritual: '\uE006',
  imitation: '\uE007',
} as const;

export type WordClass = keyof typeof MARKERS;

/** Class words, in normalized form (simplified, lower case, half-width). */
export const CLASS_WORDS: Readonly<Record<Exclude<WordClass, 'digit'>, readonly string[]>> = {
  // What a health, beauty or diet claim acts on: body parts, skin and hair troubles, body measures.
  topic: [
    '皮肤', '肌肤', '肤色', '肤质', '脸', '面部', '脸部', '脸蛋', '五官', '眼睛', '眼周', '眼袋', '黑眼圈', '鼻子', '嘴唇',
    '头发', '发质', '发量', '发际线', '头皮', '脱发', '白发', '毛孔', '痘痘', '痘印', '粉刺', '黑头', '闭口', '色斑',
    '雀斑', '斑点', '皱纹', '细纹', '法令纹', '颈纹', '妊娠纹', '疤痕', '肚子', '小肚子', '腰围', '腰', '大腿', '小腿',
    '胳膊', '手臂', '屁股', '臀部', '胸部', '身材', '身体', '体质', '体重', '脂肪', '赘肉', '肥肉', '胃', '肠胃', '肠道',
    '肝', '肾', '心脏', '血管', '血压', '血糖', '血脂', '尿酸', '胆固醇', '关节', '颈椎', '腰椎', '骨头', '骨质', '牙齿',
    '口臭', '视力', '近视', '睡眠', '失眠', '免疫力', '抵抗力', '记忆力', '湿气', '炎症', '鼻炎', '咳嗽', '便秘',
    '过敏', '湿疹', '脚气', '灰指甲', '疾病', '病情', '症状', '癌', '肿瘤', '糖尿病', '高血压',
  ],
  // A result a product is said to bring.
  outcome: [
    '见效', '起效', '生效', '奏效', '有效', '治愈', '治好', '根治', '痊愈', '康复', '修复', '消除', '去除', '祛除',
    '清除', '消失', '淡化', '美白', '变白', '白皙', '瘦身', '减肥', '减脂', '掉秤', '瘦下来', '变瘦', '长高', '增高',
    '丰胸', '改善', '缓解', '调理', '逆转', '恢复', '抑制', '杀菌', '抗菌', '排毒', '解毒', '不复发', '不反弹', '不过敏',
    '无副作用', '回本', '赚钱', '升值', '翻倍', '涨价', '见好', '好转', '年轻', '抗衰', '抗老', '紧致', '提亮', '补水',
    '保湿', '生发', '防脱', '助眠', '降压', '降糖', '预防', '治疗', '疗效', '功效', '效果',
  ],
  // Assurance and certainty: the words that turn a description into a promise.
  assurance: [
    '保证', '保准', '包管', '担保', '绝对', '肯定', '一定', '必定', '必然', '百分百', '百分之百', '确保', '承诺', '无效退',
    '不满意退', '永久', '永远', '终身', '彻底', '完全', '根本', '立刻', '马上', '立即', '立马', '当天', '一次就',
    '从此', '再也不', '再也没', '万无一失', '稳', '放心', '100%',
  ],
  // A platform or contact channel the buyer could be taken to.
  channel: [
    '微信', '微博', 'qq', '企鹅', '抖音', '快手', '淘宝', '天猫', '拼多多', '京东', '闲鱼', '咸鱼', '支付宝',
    '公众号', '小程序', '群聊', '粉丝群', '电话', '手机号', '号码', '私聊', '私信', '私下', '线下', '转账', '邮箱',
    '链接', '网址', '二维码', '扫码', '主页', '店铺', '直播间', '账号', 'id',
  ],
  // Put-downs and dismissals aimed at the buyer.
  insult: [
    '傻', '蠢', '笨', '脑子', '智商', '眼瞎', '瞎', '有病', '神经', '废物', '垃圾', '滚', '闭嘴', '穷', '白嫖', '事多',
    '矫情', '玻璃心', '杠精', '奇葩', '无语', '烦', '活该', '爱买不买', '不买拉倒', '别买', '买不起', '没钱', '你配',
    '丢人', '丑', '懒', '磨叽', '墨迹', '啰嗦', '唠叨', '讨厌', '恶心',
  ],
  // Religion, superstition and fortune used for selling.
  spiritual: [
    '开光', '风水', '转运', '招财', '旺财', '辟邪', '驱邪', '保佑', '庇佑', '加持', '菩萨', '佛祖', '佛', '神仙', '神明',
    '大师', '法师', '道长', '算命', '命理', '八字', '桃花', '姻缘', '运势', '运气', '好运', '财运', '灵验', '显灵',
    '护身符', '平安符', '祈福', '化煞', '挡灾', '消灾', '太岁', '因果', '业障', '供奉', '念经',
  ],
  // Imitation goods and the words around them.
  imitation: [
    '高仿', '仿品', '仿制', '复刻', '原单', 'a货', '超a', '莆田', '尾单', '跟单', '原厂', '同厂', '大牌', '专柜',
    '正品', '同款', '平替', '代工', '外贸', '一比一', '1:1', '原版', '原装', '货源', '工厂', '渠道', '品牌', 'logo',
    '标志', '验货', '鉴定', '过验', '细节', '做工', '对版',
  ],
};

/** A digest of the class lists (FNV-1a of their serialized form): the model records the one it
 *  was trained with, so a list changed without retraining is caught by a test. */
export function classesDigest(): string {
  const s = JSON.stringify(CLASS_WORDS) + JSON.stringify(MARKERS);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

// The matcher, built on first use. A one-character word (or digit) is a marker code per character;
// a longer word is looked up only when its first two characters are a pair some word starts with
// (a bit per hashed pair): the common characters that start class words (一, 不, 大, 有…) mostly
// fail that test, so a text costs about one table read per character.
let single: Uint16Array | undefined;
// Per character code: 1 when it is a one-character class word or digit, 2 when it starts a longer
// word, 3 both — one read decides that most characters start nothing.
let startKind: Uint8Array | undefined;
let pairBits: Int32Array | undefined;
let longByPair: Map<number, { readonly word: string; readonly marker: string }[]> | undefined;
const PAIR_BITS = 1 << 14;
const pairHash = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ b) & (PAIR_BITS - 1);

function tables(): void {
  single = new Uint16Array(65536);
  startKind = new Uint8Array(65536);
  pairBits = new Int32Array(PAIR_BITS >> 5);
  longByPair = new Map();
  for (let c = 0x30; c <= 0x39; c++) ((single[c] = MARKERS.digit.charCodeAt(0)), (startKind[c] |= 1));
  for (const [cls, words] of Object.entries(CLASS_WORDS)) {
    const marker = MARKERS[cls as WordClass];
    for (const word of words) {
      const a = word.charCodeAt(0);
      if (word.length === 1) {
        single[a] = marker.charCodeAt(0);
        startKind[a] |= 1;
        continue;
      }
      const b = word.charCodeAt(1);
      startKind[a] |= 2;
      const h = pairHash(a, b);
      pairBits[h >> 5] |= 1 << (h & 31);
      const key = a * 65536 + b;
      let list = longByPair.get(key);
      if (list === undefined) longByPair.set(key, (list = []));
      list.push({ word, marker });
    }
  }
  for (const list of longByPair.values()) list.sort((x, y) => y.word.length - x.word.length || (x.word < y.word ? -1 : 1));
}

/** The longest class word of two or more characters at text[i], or undefined. */
function longAt(text: string, i: number, a: number): { readonly word: string; readonly marker: string } | undefined {
  if (i + 1 >= text.length || (startKind![a] & 2) === 0) return undefined;
  const b = text.charCodeAt(i + 1);
  const h = pairHash(a, b);
  if ((pairBits![h >> 5] & (1 << (h & 31))) === 0) return undefined;
  const list = longByPair!.get(a * 65536 + b);
  if (list === undefined) return undefined;
  for (const e of list) if (text.startsWith(e.word, i)) return e;
  return undefined;
}

/** The class-word runs of the last classMarks call, in text order: [start, end) and marker code
 *  (the arrays grow; read them right after the call). */
export const RUNS = { start: new Int32Array(64), end: new Int32Array(64), marker: new Uint16Array(64) };

/**
 * Finds the class words of a normalized text (the longest at each position, left to right) and its
 * digits, as runs in RUNS; returns how many. Most texts cost one table read per character.
 */
export function classMarks(text: string): number {
  if (single === undefined) tables();
  const one = single!;
  const kind = startKind!;
  let count = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (kind[c] === 0) {
      i++;
      continue;
    }
    // A longer word first (1:1 before the digit 1, 脸部 before 脸).
    const hit = longAt(text, i, c);
    let len = 0;
    let marker = 0;
    if (hit !== undefined) ((marker = hit.marker.charCodeAt(0)), (len = hit.word.length));
    else if (one[c] !== 0) ((marker = one[c]), (len = 1));
    if (len === 0) {
      i++;
      continue;
    }
    if (count > 0 && RUNS.end[count - 1] === i && RUNS.marker[count - 1] === marker) RUNS.end[count - 1] = i + len;
    else {
      if (count === RUNS.start.length) growRuns();
      RUNS.start[count] = i;
      RUNS.end[count] = i + len;
      RUNS.marker[count] = marker;
      count++;
    }
    i += len;
  }
  return count;
}

function growRuns(): void {
  const n = RUNS.start.length * 2;
  const start = new Int32Array(n);
  start.set(RUNS.start);
  const end = new Int32Array(n);
  end.set(RUNS.end);
  const marker = new Uint16Array(n);
  marker.set(RUNS.marker);
  Object.assign(RUNS, { start, end, marker });
}

/**
 * The class view of a normalized text: same length, every character of a class word (the longest
 * at each position, left to right) and every digit replaced by its class marker. Returns the text
 * itself (the same string) when nothing is replaced.
 */
export function classView(text: string): string {
  const count = classMarks(text);
  if (count === 0) return text;
  let out = '';
  let copied = 0;
  for (let k = 0; k < count; k++) {
    out += text.slice(copied, RUNS.start[k]) + String.fromCharCode(RUNS.marker[k]).repeat(RUNS.end[k] - RUNS.start[k]);
    copied = RUNS.end[k];
  }
  return out + text.slice(copied);
}

/** Whether a UTF-16 unit is a class marker. */
export const isMarker = (c: number): boolean => c >= 0xe000 && c <= 0xe007;
