import { describe, expect, it } from 'vitest';
import { efficacyStance } from '../../src/lint/claim-stance.js';
import { normalize } from '../../src/lint/normalize.js';

// efficacyStance works on the normalized text: find the word there and ask about its span.
function stanceOf(text: string, word: string): string | undefined {
  const t = normalize(text).text;
  const at = t.indexOf(word);
  if (at < 0) throw new Error(`${word} not in ${t}`);
  return efficacyStance(t, at, at + word.length);
}

describe('efficacyStance: an efficacy or safety word described, instructed or explained', () => {
  it.each([
    ['用温水泡五分钟，然后进行杀菌消毒即可', '杀菌消毒', 'instruction'],
    ['使用前请先消毒一下吸管', '消毒', 'instruction'],
    ['这台烘碗柜烘干的时候也在杀菌', '杀菌', 'machine'],
    ['选好程序后机器会自动除菌', '除菌', 'machine'],
    ['杯底的白点是水碱，属于正常，无毒无害', '无毒无害', 'phenomenon'],
    ['不同药材的药效不太一样', '药效', 'varies'],
    // The goods' purpose named, then its effect said to vary (issue 10, benign9).
    ['祛疤膏的效果因人而异，深疤要去医院', '祛疤', 'varies'],
    ['生发的作用因人而异', '生发', 'varies'],
    ['面料的抑菌测试数据在第五张图', '抑菌', 'test'],
  ])('%s: %s is %s', (text, word, stance) => {
    expect(stanceOf(text, word)).toBe(stance);
  });

  it.each([
    ['热烘除菌率高达99%', '除菌'],
    ['除菌百分之九十九，机器自带', '除菌'],
    ['我们这款牙膏能抑菌', '抑菌'],
    ['祛疤效果立竿见影', '祛疤'],
    ['这款精油无毒无害，宝宝也能用', '无毒无害'],
    ['药效特别好，三天见效', '药效'],
    ['洗完用这个杀菌，比别家强', '杀菌'],
  ])('%s: %s stays a claim', (text, word) => {
    expect(stanceOf(text, word)).toBeUndefined();
  });
});
