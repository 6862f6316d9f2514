import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { ConfigValidationError, loadConfig } from '../../src/config/load.js';

const fixtures = fileURLToPath(new URL('../fixtures/config/', import.meta.url));

/** Loads YAML text as if it were /virtual/xhs-reply.yaml and returns the one-line error. */
async function errorOf(text: string, lang: 'zh' | 'en' = 'zh'): Promise<string> {
  try {
    await loadConfig('xhs-reply.yaml', { cwd: '/virtual', text });
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as UserError).format(lang);
  }
  throw new Error('expected the config to be rejected');
}

describe('loadConfig: a valid file', () => {
  it('keeps vars in config and fills them in resolved', async () => {
    const loaded = await loadConfig('valid.yaml', { cwd: fixtures });
    expect(loaded.file).toBe('valid.yaml');
    expect(loaded.config.keyword_rules?.[0].reply).toBe('本店现货商品下单，预计{{ship_days}}天内发货');
    expect(loaded.resolved.keyword_rules?.[0].reply).toBe('本店现货商品下单，预计3天内发货');
    expect(loaded.resolved.welcome?.text).toBe('亲，欢迎光临小美的衣橱～有什么可以帮您？');
    // Unknown variables stay visible for the unknown-variable rule and the merchant.
    expect(loaded.resolved.keyword_rules?.[1].reply).toBe('支持7天无理由退换，{{unknown_var}}');
    expect(loaded.config.product_cards?.[0].product_id).toBe('65f0c0ffee');
    expect(loaded.config.lint).toEqual({ rules: { 'absolute-claim': 'warning' }, allow: ['QQ糖'] });
    expect(loaded.files).toEqual(['valid.yaml']);
  });

  it('maps paths, keys and characters inside texts to file:line:col', async () => {
    const loaded = await loadConfig('valid.yaml', { cwd: fixtures });
    expect(loaded.positionOf(['keyword_rules', 1, 'reply'])).toEqual({ file: 'valid.yaml', line: 19, col: 12 });
    // Inside a double-quoted text: the quote is skipped.
    expect(loaded.positionOf(['keyword_rules', 1, 'reply'], { offset: 2 })).toEqual({ file: 'valid.yaml', line: 19, col: 15 });
    expect(loaded.positionOf(['vars', 'ship_days'], { key: true })).toEqual({ file: 'valid.yaml', line: 7, col: 3 });
    expect(loaded.positionOf(['welcome', 'quick_questions', 2])).toEqual({ file: 'valid.yaml', line: 11, col: 36 });
    // A plain text: offset 5 of "本店现货商品下单…" is 5 columns in.
    expect(loaded.positionOf(['keyword_rules', 0, 'reply'], { offset: 5 })).toEqual({ file: 'valid.yaml', line: 16, col: 17 });
    // Past the data: the nearest ancestor.
    expect(loaded.positionOf(['keyword_rules', 0, 'nothing', 3])).toEqual({ file: 'valid.yaml', line: 13, col: 5 });
  });

  it('returns the main Document with its comments', async () => {
    const loaded = await loadConfig('valid.yaml', { cwd: fixtures });
    expect(String(loaded.document)).toContain('# the backend\'s 商品ID');
  });
});

describe('loadConfig: extends', () => {
  it('merges maps deeply, id lists by id, replaces other lists, and positions point into the base', async () => {
    const loaded = await loadConfig('extends/shop.yaml', { cwd: fixtures });
    const c = loaded.config;
    expect(c.extends).toEqual(['./base.yaml']);
    expect(c.shop).toEqual({ category: 'apparel', name: '小美的衣橱' });
    expect(c.vars).toEqual({ ship_days: 2, return_days: 7 });
    expect(c.welcome).toEqual({ text: '欢迎光临{{shop.name}}～', quick_questions: ['发货时间'] });
    expect(c.keyword_rules?.map((r) => r.id)).toEqual(['shipping-time', 'returns', 'human']);
    expect(c.keyword_rules?.[1]).toEqual({ id: 'returns', keywords: ['可以退换吗'], reply: '签收后{{return_days}}天内可退换' });
    expect(loaded.resolved.keyword_rules?.[0].reply).toBe('预计2天内发货');
    expect(loaded.resolved.welcome?.text).toBe('欢迎光临小美的衣橱～');
    expect(c.lint).toEqual({ allow: ['QQ糖'] });
    expect(loaded.files).toEqual(['extends/base.yaml', 'extends/shop.yaml']);

    expect(loaded.positionOf(['keyword_rules', 0, 'reply'])).toEqual({ file: 'extends/base.yaml', line: 13, col: 12 });
    expect(loaded.positionOf(['keyword_rules', 1, 'keywords', 0])).toEqual({ file: 'extends/base.yaml', line: 15, col: 16 });
    expect(loaded.positionOf(['keyword_rules', 1, 'reply'])).toEqual({ file: 'extends/shop.yaml', line: 12, col: 12 });
    expect(loaded.positionOf(['keyword_rules', 2, 'keywords', 0])).toEqual({ file: 'extends/shop.yaml', line: 14, col: 16 });
    expect(loaded.positionOf(['welcome', 'text'])).toEqual({ file: 'extends/base.yaml', line: 8, col: 9 });
    expect(loaded.positionOf(['extends', 0])).toEqual({ file: 'extends/shop.yaml', line: 3, col: 11 });
  });

  it('reports a cycle at the extends entry with the chain', async () => {
    await expect(loadConfig('extends/cycle-a.yaml', { cwd: fixtures })).rejects.toMatchObject({
      pos: { file: 'extends/cycle-b.yaml', line: 3, col: 5 },
      text: { zh: 'extends 循环引用：extends/cycle-a.yaml → extends/cycle-b.yaml → extends/cycle-a.yaml' },
    });
  });

  it('reports a missing template with the available names', async () => {
    const err = (await loadConfig('extends/missing.yaml', { cwd: fixtures }).catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    expect(err.pos).toEqual({ file: 'extends/missing.yaml', line: 2, col: 20 });
    expect(err.text.zh).toMatch(/^找不到模板「no-such-template」，可用模板：.*general/);
  });

  it('reports a missing base file', async () => {
    expect(await errorOf('version: 1\nextends: [./nowhere.yaml]\n')).toBe(
      'xhs-reply.yaml:2:11: 找不到 extends 引用的文件「./nowhere.yaml」',
    );
  });

  it('names the chain when a missing file is deep in it', async () => {
    await expect(loadConfig('extends/via-broken.yaml', { cwd: fixtures })).rejects.toMatchObject({
      pos: { file: 'extends/broken-link.yaml', line: 2, col: 11 },
      text: { zh: '找不到 extends 引用的文件「./gone.yaml」（继承链：extends/via-broken.yaml → extends/broken-link.yaml）' },
    });
  });

  it('places an error in a base file at the base file', async () => {
    await expect(loadConfig('extends/uses-bad-base.yaml', { cwd: fixtures })).rejects.toMatchObject({
      pos: { file: 'extends/bad-base.yaml', line: 5, col: 12 },
      text: { zh: 'keyword_rules[0].match 只能是 contains 或 exact' },
    });
  });

  it('extends a shipped template by name', async () => {
    const loaded = await loadConfig('xhs-reply.yaml', {
      cwd: '/virtual',
      text: 'version: 1\nextends: [default]\nshop:\n  name: 测试店\nvars:\n  ship_days: 5\n',
    });
    expect(loaded.config.shop?.name).toBe('测试店');
    expect(loaded.resolved.keyword_rules?.find((r) => r.id === 'shipping-time')?.reply).toContain('5天内发货');
    expect(loaded.positionOf(['keyword_rules', 0, 'reply']).file).toMatch(/templates\/default\.yaml$/);
    expect(loaded.positionOf(['shop', 'name'])).toEqual({ file: 'xhs-reply.yaml', line: 4, col: 9 });
  });
});

describe('loadConfig: invalid files', () => {
  it('names the path and the allowed values of an enum', async () => {
    expect(
      await errorOf('version: 1\nkeyword_rules:\n  - id: a\n    keywords: [发货时间]\n    reply: 三天\n  - id: b\n    keywords: [退货]\n    match: fuzzy\n    reply: 七天\n'),
    ).toBe('xhs-reply.yaml:8:12: keyword_rules[1].match 只能是 contains 或 exact');
  });

  it('points an unknown key at the key and suggests the nearest valid one', async () => {
    expect(await errorOf('version: 1\nkeyword_rules:\n  - id: a\n    kewords: [发货时间]\n    reply: 三天\n')).toBe(
      'xhs-reply.yaml:4:5: keyword_rules[0] 中未知字段「kewords」，是不是「keywords」？',
    );
    expect(await errorOf('version: 1\nwelcom:\n  text: 你好\n', 'en')).toBe(
      'xhs-reply.yaml:2:1: unknown key "welcom" (did you mean "welcome"?)',
    );
    expect(await errorOf('version: 1\nzzz: 1\n')).toMatch(/^xhs-reply\.yaml:2:1: 未知字段「zzz」，可用的字段：version、extends、shop/);
  });

  it('explains wrong types deep in the file', async () => {
    expect(await errorOf('version: 1\nproduct_cards:\n  - id: dress\n    product_id: 1234567\n')).toBe(
      'xhs-reply.yaml:4:17: product_cards[0].product_id 应该是文字，现在是整数（数字请加引号，例如 "123"）',
    );
    expect(await errorOf('version: 1\nwelcome:\n  quick_questions: 发货时间\n', 'en')).toBe(
      'xhs-reply.yaml:3:20: welcome.quick_questions must be a list, not text',
    );
  });

  it('requires version and required rule fields', async () => {
    expect(await errorOf('shop:\n  name: 店\n')).toBe('xhs-reply.yaml:1:1: 配置 缺少必填字段「version」（写 version: 1）');
    expect(await errorOf('version: 1\nkeyword_rules:\n  - id: a\n    keywords: [发货时间]\n')).toBe(
      'xhs-reply.yaml:3:5: keyword_rules[0] 缺少必填字段「reply」',
    );
  });

  it('rejects duplicate ids, since extends merges by id', async () => {
    expect(
      await errorOf('version: 1\nkeyword_rules:\n  - id: a\n    keywords: [发货时间]\n    reply: 一\n  - id: a\n    keywords: [退货]\n    reply: 二\n'),
    ).toBe('xhs-reply.yaml:6:9: id「a」重复（与 keyword_rules[0] 相同），每条的 id 必须唯一');
  });

  it('collects every problem on the error', async () => {
    const err = (await loadConfig('x.yaml', { cwd: '/v', text: 'version: 2\nfoo: 1\nwelcome:\n  text: 3\n' }).catch((e: unknown) => e)) as ConfigValidationError;
    expect(err).toBeInstanceOf(ConfigValidationError);
    expect(err.problems.map((p) => `${p.pos.line}:${p.pos.col}`)).toEqual(['1:10', '2:1', '4:9']);
  });

  it('reports YAML syntax errors at their place', async () => {
    expect(await errorOf('version: 1\nwelcome:\n  text: "未闭合\n')).toMatch(/^xhs-reply\.yaml:\d+:\d+: YAML 语法错误：/);
    expect(await errorOf('version: 1\nversion: 1\n')).toBe('xhs-reply.yaml:2:1: YAML 语法错误：同一层里有重复的键');
    expect(await errorOf('version: 1\nshop:\n\tname: x\n')).toMatch(/^xhs-reply\.yaml:3:1: YAML 语法错误：/);
  });

  it('explains the usual slips in the merchant\'s terms, placed where they start', async () => {
    const quoteIt = '以 {{变量}} 开头的文字要加引号，例如 reply: "{{ship_days}}天内发货"';
    expect(await errorOf('version: 1\nkeyword_rules:\n  - id: a\n    keywords: [发货时间]\n    reply: {{ship_days}}天内发货\n')).toBe(
      `xhs-reply.yaml:5:12: ${quoteIt}`,
    );
    expect(await errorOf('version: 1\nwelcome:\n  text: {{a}}\n')).toBe(`xhs-reply.yaml:3:9: ${quoteIt}`);
    expect(await errorOf('version: 1\nwelcome:\n  quick_questions: [发货时间, {{a}}]\n')).toBe(`xhs-reply.yaml:3:27: ${quoteIt}`);
    expect(await errorOf('version: 1\nwelcome:\n  text: 注意: 3天发货\n')).toBe(
      'xhs-reply.yaml:3:9: YAML 语法错误：文字里有英文冒号加空格「: 」，会被当成新的键；请给整段文字加引号，或改用中文冒号「：」',
    );
    expect(await errorOf('version: 1\nwelcome:\n  text: "你好\n')).toBe('xhs-reply.yaml:3:9: YAML 语法错误：引号 " 没有闭合');
    expect(await errorOf('version: 1\nwelcome:\n  quick_questions: [a, b\n')).toBe('xhs-reply.yaml:3:20: YAML 语法错误：[ 没有配对的 ]');
    // Quoted placeholders are fine.
    const ok = await loadConfig('x.yaml', { cwd: '/v', text: 'version: 1\nvars: {a: 1}\nwelcome:\n  text: "{{a}}"\n  quick_questions: ["{{a}}天", b]\n' });
    expect(ok.resolved.welcome).toEqual({ text: '1', quick_questions: ['1天', 'b'] });
  });

  it('rejects a top level that is not a map, and comment-only files', async () => {
    expect(await errorOf('- a\n- b\n')).toBe('xhs-reply.yaml:1:1: 配置文件的最外层应该是「键: 值」映射（以 version: 1 开头）');
    expect(await errorOf('# nothing here\n')).toBe('xhs-reply.yaml:1:1: 配置文件是空的，运行 xhs-reply init 生成一个');
  });

  it('stops an alias bomb (a bomb that expanded would blow the test timeout)', async () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    expect(await errorOf(lines.join('\n') + '\n')).toMatch(/^xhs-reply\.yaml:\d+:\d+: YAML 别名（\*引用）展开过多/);
  }, 10_000);

  it('treats __proto__ and constructor as unknown keys without touching prototypes', async () => {
    const msg = await errorOf('version: 1\n__proto__:\n  polluted: yes\nshop:\n  constructor: x\n');
    expect(msg).toBe('xhs-reply.yaml:2:1: 未知字段「__proto__」，可用的字段：version、extends、shop、vars、welcome、keyword_rules、product_cards、follow_ups、lint（另有 1 处问题）');
    expect(await errorOf('version: 1\nvars:\n  __proto__: 1\n')).toBe('xhs-reply.yaml:3:3: 变量名「__proto__」是保留名字，请换一个');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('merges __proto__ keys from a base without polluting', async () => {
    const err = await errorOf('version: 1\nextends: [default]\nwelcome:\n  __proto__: { polluted: 1 }\n');
    expect(err).toMatch(/^xhs-reply\.yaml:4:3: welcome 中未知字段「__proto__」/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
