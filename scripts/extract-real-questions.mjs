// Builds the real-buyer-question fixtures from a JDDC chat sample (tab-separated:
// session, customer id, sent-by-staff flag, transferred, repeated, sku, text).
// Only buyer lines (flag 0) that read as a question are kept; greetings, closings and
// system cards are dropped. Sessions are split by a hash of their id so that the held-out
// half shares no dialogue with the half the templates were tuned on.
// Usage: node scripts/extract-real-questions.mjs chat_0.1per.txt OUT_DIR
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const [input, outDir] = process.argv.slice(2);
if (!input || !outDir) {
  console.error('usage: extract-real-questions.mjs CHAT.txt OUT_DIR');
  process.exit(2);
}
// Question marks, question particles and interrogatives; 没有 alone is usually "no, thanks".
const QUESTION = /[?？]|吗|么|怎么|什么|多久|几天|几号|几点|哪|能不能|可不可以|有没有|多少|咋|啥|是否|怎样|如何|能否|呢$/;
const CLOSING = /^(没有了?|没了|暂时没有了?|没有其他|好的?|谢谢|嗯|哦)/;
// JDDC replaced personal data with tags ([地址x], [订单x] …). A tag is not what the buyer typed,
// and 「[地址x]」 would otherwise match an 地址 keyword: each becomes a neutral stand-in (names
// and addresses are dropped, so no made-up name is shared by unrelated questions).
const TAGS = {
  数字: '3', 地址: '', 姓名: '', 订单: '1234567', 金额: '99元', 日期: '6月1日', 时间: '10点',
  站点: '某站点', 电话: '***', 组织机构: '某公司', 链接: '', 邮箱: '***',
};
const untag = (text) => text.replace(/\[(数字|地址|姓名|订单|金额|日期|时间|站点|电话|组织机构|链接|邮箱)x\]/g, (_, tag) => TAGS[tag]);
const dev = [];
const heldOut = [];
const seen = new Set();
for (const line of readFileSync(input, 'utf8').split('\n')) {
  const cols = line.split('\t');
  if (cols.length < 7 || cols[2] !== '0') continue;
  let text = cols[6];
  if (/订单编号|订单金额|顾客通过|用户发起转人工/.test(text)) continue;
  text = text.replace(/#E-\w+(\[数字x\])?/g, '').replace(/\s+/g, ' ').trim();
  if (text.length < 3 || text.length > 30) continue;
  if (!QUESTION.test(text) || CLOSING.test(text)) continue;
  if (/\[链接x\]/.test(text)) continue;
  text = untag(text).replace(/\[USERID_\d+\]|\[ORDERID_\d+\]/g, '').trim();
  if (text.length < 3) continue;
  if (seen.has(text)) continue;
  seen.add(text);
  const bucket = createHash('md5').update(cols[0]).digest()[0] % 2 === 0 ? dev : heldOut;
  bucket.push(text);
}
writeFileSync(join(outDir, 'jddc-dev.txt'), dev.join('\n') + '\n');
writeFileSync(join(outDir, 'jddc-heldout.txt'), heldOut.join('\n') + '\n');
console.error(`dev ${dev.length}, held-out ${heldOut.length}`);
