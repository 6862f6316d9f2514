// Coverage speed: 10,000 buyer questions against 1,000 keyword rules (SPEC §5 requirement of
// issue #5: an index, not questions × keywords). Runs against dist/; `npm run bench coverage`.
import { buildMatcher } from '../../dist/backend/matcher.js';
import { measureCoverage } from '../../dist/backend/coverage.js';

const intents = ['发货', '运费', '退货', '尺码', '优惠', '发票', '材质', '颜色', '质量', '售后'];
const rules = Array.from({ length: 1000 }, (_, i) => ({
  id: `r${i}`,
  keywords: [`${intents[i % intents.length]}${i}`, `款号${i}`, `${intents[(i * 7) % intents.length]}问题${i}`],
  match: i % 10 === 0 ? 'exact' : 'contains',
  reply: `回复 {{n}} ${i}`,
}));
const config = { version: 1, vars: { n: 1 }, keyword_rules: rules, product_cards: [{ id: 'c', product_id: '1', keywords: ['连衣裙'] }] };
const questions = Array.from({ length: 10_000 }, (_, i) =>
  i % 4 === 0 ? `亲，请问款号${(i * 13) % 1300}的${intents[i % 10]}怎么样？` : i % 4 === 1 ? `连衣裙还有吗${i}` : `随便问问第${i % 3000}个${intents[i % 10]}问题可以便宜吗`,
);

const runs = [];
let report;
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  report = measureCoverage(buildMatcher(config), questions);
  runs.push(performance.now() - t0);
}
runs.sort((a, b) => a - b);
console.log(`coverage: ${questions.length} questions × ${rules.length} rules (${rules.length * 3} keywords)`);
console.log(`  answered ${report.answered}/${report.total}, ${report.unanswered.length} unanswered groups, ${report.neverFired.length} rules never fired`);
console.log(`  median ${runs[2].toFixed(0)} ms (min ${runs[0].toFixed(0)} ms, max ${runs[4].toFixed(0)} ms) including index build and grouping`);
