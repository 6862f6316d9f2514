import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { format } from '../../../src/lint/formatters/sarif.js';
import { textResult } from '../../../src/lint/formatters/results.js';
import type { LintMessage, RuleMeta } from '../../../src/lint/types.js';

// A subset of the official SARIF 2.1.0 schema (see its $comment): no network here to fetch the whole one.
const schema = JSON.parse(readFileSync(new URL('../../fixtures/sarif-2.1.0-subset.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);

// RFC 3986 URI-reference characters; anything else (space, <, >, CJK) must be percent-encoded.
const URI_REFERENCE = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;

const rules: RuleMeta[] = [
  {
    id: 'offsite-contact',
    severity: 'error',
    description: { zh: '引导买家到站外联系或交易', en: 'Steers the buyer off the platform' },
    protects: { zh: '《交易导流违规管理细则》', en: 'the platform rule against off-platform trade' },
  },
  {
    id: 'harassment',
    severity: 'warning',
    description: { zh: '骚扰或催促话术', en: 'Pushy or insulting phrasing' },
    protects: { zh: '买家体验', en: 'buyer experience' },
  },
];

const contact: LintMessage = {
  ruleId: 'offsite-contact',
  severity: 2,
  message: '疑似站外联系方式「薇信」',
  start: 4,
  end: 6,
  suggestion: '有问题直接在小红书私信我们哦',
  fix: { start: 4, end: 6, text: '私信' },
};

type Json = any;

function sarifOf(...args: Parameters<typeof format>): Json {
  const out = format(...args);
  const log = JSON.parse(out);
  const ok = validate(log);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
  return log;
}

describe('sarif formatter', () => {
  it('writes a valid SARIF 2.1.0 log describing the tool and its rules', () => {
    const log = sarifOf([textResult('<text 1>', '你好', [])], { color: false, lang: 'zh', cwd: '/shop', rules });
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
    expect(log.runs[0].tool.driver).toMatchObject({ name: 'xhs-reply', version: pkg.version });
    expect(log.runs[0].tool.driver.rules).toEqual([
      {
        id: 'offsite-contact',
        shortDescription: { text: '引导买家到站外联系或交易' },
        fullDescription: { text: '《交易导流违规管理细则》' },
        defaultConfiguration: { level: 'error' },
      },
      {
        id: 'harassment',
        shortDescription: { text: '骚扰或催促话术' },
        fullDescription: { text: '买家体验' },
        defaultConfiguration: { level: 'warning' },
      },
    ]);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///shop/' } });
  });

  it('places each finding with UTF-16 columns, its level, message, suggestion and fix', () => {
    // The emoji is two UTF-16 units, so 薇信 starts at column 5 — SARIF's utf16CodeUnits.
    const text = '😀加我薇信吧';
    const log = sarifOf([textResult('<text 1>', text, [contact])], { color: false, lang: 'zh', cwd: '/shop', rules });
    const [result] = log.runs[0].results;
    expect(log.runs[0].columnKind).toBe('utf16CodeUnits');
    expect(result.ruleId).toBe('offsite-contact');
    expect(log.runs[0].tool.driver.rules[result.ruleIndex].id).toBe('offsite-contact');
    expect(result.level).toBe('error');
    expect(result.message.text).toBe('疑似站外联系方式「薇信」\n建议：有问题直接在小红书私信我们哦');
    const { artifactLocation, region } = result.locations[0].physicalLocation;
    expect(region).toEqual({ startLine: 1, startColumn: 5, endLine: 1, endColumn: 7 });
    expect(text.slice(region.startColumn - 1, region.endColumn - 1)).toBe('薇信');
    expect(artifactLocation).toEqual({ uri: '%3Ctext%201%3E' });
    expect(result.fixes[0].artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: { startLine: 1, startColumn: 5, endLine: 1, endColumn: 7 },
      insertedContent: { text: '私信' },
    });
  });

  it('makes paths relative to cwd, and uses file: URLs outside it', () => {
    const placed = { ...contact, line: 3, column: 2, endLine: 3, endColumn: 4 };
    const result = (filePath: string) => ({
      filePath,
      messages: [placed],
      errorCount: 1,
      warningCount: 0,
      fixableErrorCount: 1,
      fixableWarningCount: 0,
    });
    const log = sarifOf([result('/shop/配置/xhs-reply.yaml'), result('/elsewhere/base.yaml')], {
      color: false,
      lang: 'en',
      cwd: '/shop',
      rules,
    });
    const uris = log.runs[0].results.map((r: Json) => r.locations[0].physicalLocation.artifactLocation);
    expect(uris[0]).toEqual({ uri: '%E9%85%8D%E7%BD%AE/xhs-reply.yaml', uriBaseId: '%SRCROOT%' });
    expect(uris[1]).toEqual({ uri: 'file:///elsewhere/base.yaml' });
    for (const { uri } of uris) expect(uri).toMatch(URI_REFERENCE);
    // Without the source text, a fix cannot be placed in lines, so none is claimed.
    expect(log.runs[0].results[0].fixes).toBeUndefined();
    expect(log.runs[0].results[0].message.text).toContain('Suggestion: ');
  });

  it('describes rules it has no metadata for by id, at the level they were reported', () => {
    const unknown: LintMessage = { ruleId: 'max-length', severity: 1, message: 'too long', start: 0, end: 1 };
    const log = sarifOf([textResult('notes.txt', 'x', [unknown])], { color: false, lang: 'en' });
    expect(log.runs[0].tool.driver.rules).toEqual([
      { id: 'max-length', shortDescription: { text: 'max-length' }, defaultConfiguration: { level: 'warning' } },
    ]);
    expect(log.runs[0].results[0]).toMatchObject({ ruleIndex: 0, level: 'warning' });
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'notes.txt' });
    expect(log.runs[0].originalUriBaseIds).toBeUndefined();
  });

  it('keeps the subset schema honest: an invented property fails validation', () => {
    const log = JSON.parse(format([textResult('<text 1>', '你好', [])], { color: false, lang: 'zh' }));
    log.runs[0].tool.driver.invented = true;
    expect(validate(log)).toBe(false);
  });
});
