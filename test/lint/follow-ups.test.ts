// 跟单助手 follow-ups end to end through the config lint: the bar config (two unpaid
// reminders, a 签收 text that pays for a review) gets each finding at its own line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { lintConfigFindings } from '../../src/lint/config-engine.js';

const fixture = new URL('../fixtures/follow-ups/pushy.yaml', import.meta.url);
const text = readFileSync(fixture, 'utf8');
const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('follow-ups in the config lint', async () => {
  const loaded = await loadConfig('xhs-reply.yaml', { cwd: '/nonexistent-xhs-reply-test', text });
  const findings = lintConfigFindings(loaded, { rules: { 'missing-common-intents': 'off' } });
  const at = (ruleId: string) => findings.filter((f) => f.ruleId === ruleId).map((f) => [f.line, f.severity]);

  it('flags the second unpaid reminder at its scene line and the hasty delay at its delay line', () => {
    const second = text.indexOf('unpaid-again');
    const sceneLine = text.slice(0, text.indexOf('scene: unpaid', second)).split('\n').length;
    expect(at('pushy-follow-up')).toEqual([
      [sceneLine, 1],
      [lineOf('delay_minutes: 3'), 1],
    ]);
  });

  it('catches the 签收 text that pays for a review with review-inducement, at its line', () => {
    expect(at('review-inducement')).toEqual([[lineOf('返6块红包'), 2]]);
  });

  it('compares follow-up promises with the replies (inconsistent-promise)', () => {
    const f = findings.find((x) => x.ruleId === 'inconsistent-promise');
    expect(f?.line).toBe(lineOf('48小时内发货'));
    expect(f?.message).toContain('shipping-time');
  });

  it('runs no finding on the clean follow-ups', () => {
    expect(findings.filter((f) => f.line === lineOf('哪里不清楚可以直接问我们'))).toEqual([]);
  });
});
