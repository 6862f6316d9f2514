// Invisible characters hide words from reviewers' filters (微​信 with a zero-width space) and
// bidi controls can reorder what the buyer sees. Emoji legitimately use ZWJ (👩‍👩‍👧),
// variation selectors (❤️) and tag characters (🏴 flags), so those are judged by their neighbours.
import { defineTextRule } from '../define-rule.js';
import { terminalSequenceEnd } from '../terminal-sequences.js';

/**
 * Always invisible, never needed in a Chinese shop reply. The C0/C1 controls (all but tab and
 * line breaks) are here too: ESC and BEL in a shared template are terminal commands (OSC 52
 * sets the clipboard), never text a buyer should get.
 */
export const ALWAYS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u2800\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB\u{1BCA0}-\u{1BCA3}\u{1D173}-\u{1D17A}\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/u;
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Emoji_Component}|\p{Emoji}/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const IDEOGRAPH = /\p{Ideographic}/u;

function codePointBefore(s: string, i: number): number | undefined {
  if (i <= 0) return undefined;
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return s.codePointAt(i - 2);
  }
  return c;
}

function charOf(cp: number | undefined): string {
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** Whether the invisible code point at `i` is part of an emoji or ideographic sequence. */
function isLegitimate(s: string, i: number, cp: number): boolean {
  const prev = codePointBefore(s, i);
  const prevCh = charOf(prev);
  if (cp === 0x200d) {
    // ZWJ joins two emoji: 👩‍👧, or ❤️‍🔥 (emoji + FE0F + ZWJ + emoji).
    const next = s.codePointAt(i + 1);
    const before = prev === 0xfe0f ? codePointBefore(s, i - 1) : prev;
    return EMOJI.test(charOf(before)) && next !== undefined && PICTOGRAPHIC.test(charOf(next));
  }
  if (cp === 0xfe0e || cp === 0xfe0f) return prev !== undefined && EMOJI.test(prevCh);
  if (cp >= 0xe0100 && cp <= 0xe01ef) return prev !== undefined && IDEOGRAPH.test(prevCh);
  if (cp >= 0xe0020 && cp <= 0xe007f) {
    // Tag sequences of subdivision flags: 🏴 followed by tag letters and a cancel tag.
    return prev === 0x1f3f4 || (prev !== undefined && prev >= 0xe0020 && prev <= 0xe007f);
  }
  return false;
}

function hex(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

export default defineTextRule({
  id: 'invisible-chars',
  severity: 'error',
  // A zero-width character in a keyword stops it matching what buyers type: checked there too.
  onKeywords: true,
  description: { zh: '含零宽、双向控制等不可见字符', en: 'Contains zero-width, bidi-control or other invisible characters' },
  protects: {
    zh: '不可见字符常被用来拆开违规词躲避审核（如「微​信」），会被平台视为刻意规避的变体导流；也会让回复显示错乱',
    en: 'Invisible characters are used to split banned words past review (e.g. 微​信); the platform treats them as disguised steering, and they garble the reply',
  },
  messages: {
    invisible: {
      zh: '含不可见字符 {{codes}}，位于「{{context}}」处；请删除',
      en: 'Invisible character(s) {{codes}} near "{{context}}"; remove them',
    },
  },
  check(text, report) {
    // The normalizer saw every character: without a dropped control, format or filler character
    // there is nothing to look for (a search of every text was 5% of a bulk check).
    if (!text.hidden) return;
    const s = text.original;
    ALWAYS_SCAN.lastIndex = 0;
    let m = ALWAYS_SCAN.exec(s);
    if (m === null) return;
    let runStart = -1;
    let runEnd = -1;
    let codes: string[] = [];
    const flush = (): void => {
      if (runStart < 0) return;
      const context = s.slice(Math.max(0, runStart - 4), Math.min(s.length, runEnd + 4)).replace(ALWAYS_GLOBAL, '');
      report({ start: runStart, end: runEnd, raw: true, messageId: 'invisible', data: { codes: codes.join(' '), context }, suggestion: '', fix: '' });
      runStart = -1;
      codes = [];
    };
    // Only the invisible characters themselves are visited (a global scan, not a test per
    // character: that cost a bulk check 5% for the texts that hold one emoji with U+FE0F). A run
    // is a stretch of them with nothing else in between; a legitimate one ends it too.
    for (; m !== null; m = ALWAYS_SCAN.exec(s)) {
      const i = m.index;
      const cp = s.codePointAt(i)!;
      if (isLegitimate(s, i, cp)) {
        flush();
        continue;
      }
      if (runStart >= 0 && i !== runEnd) flush();
      if (runStart < 0) runStart = i;
      runEnd = i + m[0].length;
      if (codes.length < 8) codes.push(hex(cp));
      if (cp === 0x1b || cp === 0x9b) {
        // A terminal command is one finding and the fix removes all of it: deleting only ESC
        // would leave its parameters ([2J, ]52;c;…) in the reply for the buyer to read.
        runEnd = terminalSequenceEnd(s, i);
        ALWAYS_SCAN.lastIndex = runEnd;
        // Its terminator (BEL, ESC \\) is named in the message too.
        for (let k = i + 1; k < runEnd; k++) {
          const u = s.charCodeAt(k);
          if ((u < 0x20 || (u >= 0x7f && u <= 0x9f)) && codes.length < 8) codes.push(hex(u));
        }
      }
    }
    flush();
  },
});

const ALWAYS_GLOBAL = new RegExp(ALWAYS.source, 'gu');
/** Its own copy for the scan in check(): flush() runs ALWAYS_GLOBAL.replace, which resets lastIndex. */
const ALWAYS_SCAN = new RegExp(ALWAYS.source, 'gu');
