import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, normalizedAs } from '../../src/lint/normalize.js';

const view = (s: string): string => normalize(s).text;

describe('normalize: character folding', () => {
  it.each([
    ['NFKC and full-width → half-width, lower case', 'ＶＸ：ＫＸ７７８９', '微信:kx7789'],
    ['traditional → simplified', '聯繫電話 開光 風水', '联系电话开光风水'],
    ['Taiwan variant forms', '臺灣發貨', '台湾发货'],
    ['Chinese numerals in a run', '一五九 一二三四', '1591234'],
    ['capital numerals', '壹叁捌零', '1380'],
    ['numerals mixed with digits', '1三8', '138'],
    ['circled numerals, including two-digit ones', '①③⑧ ⑬', '13813'],
    ['a lone numeral keeps its meaning', '第一次 一起 万一', '第一次一起万一'],
    ['spaces, dashes and brackets between characters', '159-0837 2641（手机）', '15908372641手机'],
    ['sentence punctuation survives as boundaries', '你好，在吗？', '你好,在吗?'],
    ['e-mail and domain characters survive', 'a_b@x.cn 100%', 'a_b@x.cn100%'],
    ['zero-width, bidi controls, BOM and variation selectors are dropped', '微\u200b信\u202e\ufeff好\ufe0f', '微信好'],
    ['Cyrillic and Greek look-alikes', 'Vх ν', '微信v'],
    ['蕞 as a disguise of 最', '蕞低价', '最低价'],
    ['emoji and symbols are dropped', '薇❤信👍', '微信'],
    ['pinyin tone marks fold to the bare vowel, ü to v', 'Pǐn Zhì lǜ Ǖ', 'pinzhilvv'],
    ['a decomposed tone mark (combining character) is dropped', 'ha\u030co', 'hao'],
  ])('%s', (_name, input, expected) => {
    expect(view(input)).toBe(expected);
  });
});

describe('normalize: word variants', () => {
  it.each([
    ['薇信', '微信'], ['加威信', '加微信'], ['威信号', '微信号'], ['品牌威信', '品牌威信'], ['魏信', '微信'], ['危信', '微信'], ['威心', '微信'], ['微❤', '微信'], ['V❤', '微信'], ['微心愿', '微心愿'], ['微芯片', '微芯片'], ['加个绿色软件', '加个微信'], ['🐧号', 'qq号'], ['唯一一款', '唯一一款'], ['第一一', '第一一'], ['维信', '微信'], ['v信', '微信'], ['V信', '微信'], ['vx', '微信'], ['VX', '微信'],
    ['wx', '微信'], ['威x', '微信'], ['薇x', '微信'], ['绿泡泡', '微信'], ['weixin', '微信'], ['WeChat', '微信'],
    ['扣扣', 'qq'], ['扣群', 'q群'], ['纽扣群', '纽扣群'], ['折扣群', '折扣群'], ['企鹅号', 'qq号'], ['拼夕夕', '拼多多'], ['pdd', '拼多多'], ['某宝', '淘宝'], ['桃宝', '淘宝'],
    ['某东', '京东'], ['抖阴', '抖音'], ['某音', '抖音'], ['小黄鱼', '闲鱼'], ['公主号', '公众号'],
    ['wei信', '微信'], ['v心', '微信'], ['抠抠', 'qq'], ['某多多', '拼多多'], ['拼dd', '拼多多'], ['某猫', '天猫'], ['某鱼', '闲鱼'],
    ['meilu点com', 'meilu.com'], ['tao宝', '淘宝'], ['dou音', '抖音'], ['卫星号', '微信号'], ['hao评', '好评'], ['haoping', '好评'], ['xinhaopingzi', 'xinhaopingzi'], ['fan现', '返现'], ['zui低', '最低'],
    ['魏亻言', '微信'], ['v亻言号', '微信号'], ['私亻言我', '私信我'], ['亻', '亻'],
  ])('%s → %s', (input, expected) => {
    expect(view(input)).toBe(expected);
  });

  it('keeps words that only contain a variant', () => {
    expect(view('企鹅造型')).toBe('企鹅造型');
    expect(view('QQ糖')).toBe('qq糖');
    expect(view('V领')).toBe('v领');
    expect(view('小红书')).toBe('小红书');
    expect(view('蔷薇花')).toBe('蔷薇花');
  });

  // A variant inside an ordinary word is no variant: the word on its left (蔷薇|信纸, 樱桃|宝宝),
  // an insult that holds a nickname (狗东西), a model number that holds letters (HPF-X200).
  it.each([
    ['蔷薇信纸一套二十张', '蔷薇信纸一套二十张'],
    ['樱桃宝宝辅食', '樱桃宝宝辅食'],
    ['打折扣扣除运费后', '打折扣扣除运费后'],
    ['美好平台', '美好平台'],
    ['你这个狗东西', '你这个狗东西'],
    ['型号HPF-X200的滤网', '型号hpfx200的滤网'],
    ['SM-HP200FX5', 'smhp200fx5'],
  ])('keeps the ordinary word in %s', (input, expected) => {
    expect(view(input)).toBe(expected);
  });

  it.each([
    ['加薇信聊', '加微信聊'],
    ['我的薇信号是abc123', '我的微信号是abc123'],
    ['狗东也有卖', '京东也有卖'],
    ['某宝搜店名', '淘宝搜店名'],
    ['hp fx5元', '好评返现5元'],
    ['加v-x：kx7789', '加微信:kx7789'],
    ['hp-fx 5r', '好评返现5r'],
  ])('still folds the disguise in %s', (input, expected) => {
    expect(view(input)).toBe(expected);
  });
});

describe('normalize: offset map', () => {
  it('maps every character of the view back to the span it came from', () => {
    const original = 'Ｖ 信：①③⑧ 绿泡泡';
    const n = normalize(original);
    expect(n.text).toBe('微信:138微信');
    const pieces = Array.from(n.text, (_c, i) => original.slice(n.starts[i], n.ends[i]));
    expect(pieces).toEqual(['Ｖ 信', 'Ｖ 信', '：', '①', '③', '⑧', '绿泡泡', '绿泡泡']);
  });

  it('a character split into components maps back to both of them', () => {
    const original = '薇亻言：k01';
    const n = normalize(original);
    expect(n.text).toBe('微信:k01');
    expect(n.toOriginal(0, 2)).toEqual({ start: 0, end: 3 });
  });

  it('toOriginal covers the typed text of a span, separators inside included', () => {
    const original = '电话 159-0837-2641 谢谢';
    const n = normalize(original);
    const at = n.text.indexOf('15908372641');
    const span = n.toOriginal(at, at + 11);
    expect(original.slice(span.start, span.end)).toBe('159-0837-2641');
  });

  it('expansions map each produced character to the one original character', () => {
    const n = normalize('⑬号');
    expect(n.text).toBe('13号');
    expect(Array.from(n.starts)).toEqual([0, 0, 1]);
    expect(Array.from(n.ends)).toEqual([1, 1, 2]);
  });

  it('keeps surrogate pairs whole', () => {
    const original = '𠮷野家👍𝐯𝐱';
    const n = normalize(original);
    expect(n.text).toBe('𠮷野家微信');
    expect(original.slice(n.starts[0], n.ends[0])).toBe('𠮷');
    expect(original.slice(n.starts[1], n.ends[1])).toBe('𠮷');
    const wx = n.text.indexOf('微信');
    const span = n.toOriginal(wx, wx + 2);
    expect(original.slice(span.start, span.end)).toBe('𝐯𝐱');
  });

  it('plain text maps to itself', () => {
    const original = '现货今天发';
    const n = normalize(original);
    expect(n.text).toBe(original);
    expect(Array.from(n.starts)).toEqual([0, 1, 2, 3, 4]);
  });

  it('empty and all-dropped texts give an empty view', () => {
    expect(normalize('').text).toBe('');
    const n = normalize(' \u200b！');
    expect(n.text).toBe('!');
    expect(normalize('  \u200b ').toOriginal(0, 0)).toEqual({ start: 0, end: 0 });
  });

  it('offsets are ordered, inside the text and never split a surrogate pair (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const n = normalize(s);
        expect(n.starts.length).toBe(n.text.length);
        expect(n.ends.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.starts[i]).toBeGreaterThanOrEqual(0);
          expect(n.ends[i]).toBeGreaterThan(n.starts[i]);
          expect(n.ends[i]).toBeLessThanOrEqual(s.length);
          if (i > 0) expect(n.starts[i]).toBeGreaterThanOrEqual(n.starts[i - 1]);
          const low = s.charCodeAt(n.starts[i]);
          expect(low >= 0xdc00 && low <= 0xdfff && n.starts[i] > 0 && s.charCodeAt(n.starts[i] - 1) >= 0xd800 && s.charCodeAt(n.starts[i] - 1) <= 0xdbff).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('normalize: tone-mark folding', () => {
  const toned = fc.constantFrom(...'āáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜĀÁǍÀŌÓǑÒ');
  const other = fc.constantFrom(...'gnipoahxf 评返现好，。5r😊\u200b'.split(''), '\ud83d\ude00');
  const mixed = fc.array(fc.oneof(toned, other), { maxLength: 40 }).map((xs) => xs.join(''));
  const bare = (s: string): string => s.replace(/[üǖǘǚǜ]/g, 'v').replace(/[ÜǕǗǙǛ]/g, 'V').normalize('NFD').replace(/[\u0300-\u036f]/g, '');

  it('maps each toned vowel to its own one-unit span and reads like the text typed without tones (property)', () => {
    fc.assert(
      fc.property(mixed, (s) => {
        const n = normalize(s);
        // Folding is per character: the toned and the bare text give the same view, and every
        // folded vowel points at exactly the toned vowel it came from.
        expect(n.text).toBe(normalize(bare(s)).text);
        for (let i = 0; i < n.text.length; i++) {
          const typed = s.slice(n.starts[i], n.ends[i]);
          // (A pinyin word rewritten as a whole, haoping → 好评, spans the whole word instead.)
          if (/[a-z]/.test(n.text[i]) && /[āáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜĀÁǍÀŌÓǑÒ]/.test(typed)) {
            expect(typed.length).toBe(1);
            expect(n.text[i]).toBe(bare(typed).toLowerCase());
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a finding on toned pinyin quotes the toned text the merchant typed', () => {
    const s = '亲，hǎo píng有fǎn xiàn 5元';
    const n = normalize(s);
    const at = n.text.indexOf('好评');
    const span = n.toOriginal(at, at + 2);
    expect(s.slice(span.start, span.end)).toBe('hǎo píng');
  });
});

describe('normalize: split words', () => {
  it('drops a dot between two Han characters but keeps decimals and domains', () => {
    expect(view('微.信')).toBe('微信');
    expect(view('微_信')).toBe('微信');
    expect(view('shop_kf01')).toBe('shop_kf01');
    expect(view('1.5元')).toBe('1.5元');
    expect(view('a.example.com')).toBe('a.example.com');
    expect(view('V.X')).toBe('微信');
    expect(view('好平返现')).toBe('好评返现');
    expect(view('好平整')).toBe('好平整');
  });
});

describe('normalize: terminal control sequences', () => {
  it('drops a whole CSI sequence (ESC [ … final, C1 CSI) so the word it splits reads whole', () => {
    expect(view('加我\u001b[31mvx\u001b[0m')).toBe(view('加我vx'));
    expect(view('全网\u009b1;4m最低价')).toBe(view('全网最低价'));
    expect(view('\u001b[2J三天内发货')).toBe(view('三天内发货'));
    expect(normalize('\u001b[31m好').hidden).toBe(true);
  });
  it('drops only the introducer when no well-formed sequence follows', () => {
    expect(view('\u001b[三天内发货')).toBe(view('[三天内发货'));
    expect(view('a\u001bb')).toBe(view('ab'));
  });
});

describe('offset maps cut from shared slabs', () => {
  it('stay valid for every text while later texts are normalized', () => {
    const texts = Array.from({ length: 3000 }, (_, i) => `加${'⑬'.repeat(i % 7)}微信${i}号`);
    const kept = texts.map((t) => normalize(t));
    kept.forEach((n, i) => {
      const at = n.text.indexOf('微信');
      expect(n.toOriginal(at, at + 2)).toEqual({ start: texts[i].indexOf('微信'), end: texts[i].indexOf('微信') + 2 });
      expect(Array.from(n.ends).at(-1)).toBe(texts[i].length);
    });
  });

  it('grow past a slab for long texts with expansions', () => {
    const text = `${'⑬'.repeat(40_000)}微信`;
    const n = normalize(text);
    expect(n.text.length).toBe(80_002);
    expect(n.toOriginal(80_000, 80_002)).toEqual({ start: 40_000, end: 40_002 });
    expect(n.toOriginal(1, 2)).toEqual({ start: 0, end: 1 });
  });
});

describe('normalizedAs (a text another thread normalized)', () => {
  it('gives the same view, flag and offset map as normalizing here, the map made when first asked for', () => {
    const texts = ['', '你好', 'Ｖ 信：①③⑧ 绿泡泡', '加\u200b我微\u00ad信 abc_123', '薇亻言：k01', `${'⑬'.repeat(300)}微信`, '电话 159-0837-2641 谢谢', '😀加v😀'];
    for (const original of texts) {
      const own = normalize(original);
      const given = normalizedAs(original, own.text, own.hidden);
      expect(given.text).toBe(own.text);
      expect(given.hidden).toBe(own.hidden);
      for (let s = 0; s <= own.text.length + 1; s++) {
        for (const e of [s - 1, s, s + 1, s + 3, own.text.length + 2]) expect(given.toOriginal(s, e), `${original} ${s}-${e}`).toEqual(own.toOriginal(s, e));
      }
      expect(Array.from(normalizedAs(original, own.text, own.hidden).starts)).toEqual(Array.from(own.starts));
      expect(Array.from(normalizedAs(original, own.text, own.hidden).ends)).toEqual(Array.from(own.ends));
    }
  });
});
