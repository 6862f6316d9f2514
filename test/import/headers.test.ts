import { describe, expect, it } from 'vitest';
import { fieldOfHeader, matchHeader, parseMatchMode } from '../../src/import/headers.js';
import { splitKeywords } from '../../src/import/split-keywords.js';

describe('header recognition', () => {
  it.each([
    ['关键词', 'keywords'],
    ['关键字', 'keywords'],
    ['Keywords', 'keywords'],
    ['keyword', 'keywords'],
    ['关键词（多个用、分隔）', 'keywords'],
    ['*关键词', 'keywords'],
    ['回复', 'reply'],
    ['回复内容', 'reply'],
    ['自动回复', 'reply'],
    ['Reply', 'reply'],
    ['answer', 'reply'],
    ['匹配方式', 'match'],
    ['Match', 'match'],
    ['规则名称', 'id'],
    ['ID', 'id'],
    ['商品ID', 'product_id'],
    ['商品Ｉｄ', 'product_id'],
    ['product_id', 'product_id'],
    ['商品名称', 'name'],
    ['关键词2', 'keywords'],
    ['keyword 3', 'keywords'],
  ])('%s → %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it.each(['问题', '答案', '备注', 'Q', '', '回复2'])('does not take %j for a field', (header) => {
    expect(fieldOfHeader(header)).toBeUndefined();
  });

  it('needs both a keyword and a reply column and lists the ignored ones', () => {
    expect(matchHeader(['关键词', '备注'])).toBeNull();
    expect(matchHeader(['关键词', '回复内容', '备注', '状态'])).toEqual({ columns: { keywords: 0, reply: 1 }, moreKeywordColumns: [], ignored: ['备注', '状态'] });
  });

  it('takes 关键词1, 关键词2 … as one keyword list; a repeated other field is ignored', () => {
    expect(matchHeader(['关键词1', '关键词2', '回复', '关键词3', '回复'])).toEqual({
      columns: { keywords: 0, reply: 2 },
      moreKeywordColumns: [1, 3],
      ignored: ['回复'],
    });
  });
});

describe('match modes', () => {
  it.each([
    ['精确', 'exact'],
    ['精确匹配', 'exact'],
    ['EXACT', 'exact'],
    ['包含', 'contains'],
    ['模糊匹配', 'contains'],
    ['contains', 'contains'],
    ['', undefined],
    ['随便', null],
  ])('%j → %j', (text, mode) => {
    expect(parseMatchMode(text)).toBe(mode);
  });
});

describe('splitKeywords', () => {
  it('splits on every separator merchants type and keeps offsets', () => {
    expect(splitKeywords('什么时候发货、几天发货，发货时间,a;b；c/d\ne')).toEqual([
      { text: '什么时候发货', offset: 0 },
      { text: '几天发货', offset: 7 },
      { text: '发货时间', offset: 12 },
      { text: 'a', offset: 17 },
      { text: 'b', offset: 19 },
      { text: 'c', offset: 21 },
      { text: 'd', offset: 23 },
      { text: 'e', offset: 25 },
    ]);
  });

  it('trims spaces and drops empty pieces', () => {
    expect(splitKeywords(' 运费 、、 包邮 ')).toEqual([
      { text: '运费', offset: 1 },
      { text: '包邮', offset: 7 },
    ]);
    expect(splitKeywords('  ')).toEqual([]);
  });
});
