// Terminal width of report text. string-width is exact for every script and emoji sequence,
// but it segments graphemes and tests an emoji regex per cluster: in a stylish report of 50,000
// texts it was half of the whole run. Report text is almost always printable ASCII and CJK,
// whose widths need no segmentation: one column per ASCII character, two per wide CJK one.
// Other characters that always stand alone as a grapheme (…, ·, é, ×) add string-width's own
// width of that one character, learned on first sight. Anything that can join its neighbours —
// combining marks, joiners, variation selectors, emoji (surrogates), Hangul jamo, controls and
// escape codes — sends the whole string to string-width, so the answer is always string-width's.
import stringWidth from 'string-width';

/** Whether a UTF-16 unit is one East Asian Wide/Fullwidth character on its own. */
function isWideUnit(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0x3400 && c <= 0x4dbf) || // extension A
    (c >= 0x3000 && c <= 0x3029) || // CJK symbols and punctuation (、。「」…), before the
    (c >= 0x3030 && c <= 0x303e) || // ideographic tone marks 302A–302F, which combine
    (c >= 0xff01 && c <= 0xff60) || // full-width forms (，！？：)
    (c >= 0xf900 && c <= 0xfaff) // compatibility ideographs
  );
}

const UNKNOWN = -2;
const JOINS = -1;
/** Per BMP unit: its width when it is a grapheme of its own wherever it stands, JOINS when it
 *  may cluster with a neighbour, UNKNOWN before it was first seen. */
const UNIT_WIDTH = new Int8Array(0x10000).fill(UNKNOWN);
let segmenter: Intl.Segmenter | undefined;

function segments(s: string): number {
  let n = 0;
  for (const _ of (segmenter ??= new Intl.Segmenter()).segment(s)) n++;
  return n;
}

function isHangul(c: number): boolean {
  return (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0xa960 && c <= 0xa97f) || (c >= 0xac00 && c <= 0xd7ff);
}

/** Whether `c` can take part in a longer grapheme: a mark, joiner or spacing mark clusters with
 *  what precedes it, a prepended character with what follows; Hangul jamo and syllables, regional
 *  indicators and emoji (surrogates), controls and CR LF have rules of their own. */
function probe(c: number): number {
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0xd800 && c <= 0xdfff) || isHangul(c)) return JOINS;
  const ch = String.fromCharCode(c);
  if (segments(`a${ch}`) !== 2 || segments(`${ch}a`) !== 2 || segments(`${ch}${ch}`) !== 2) return JOINS;
  return stringWidth(ch);
}

/** string-width's answers for short strings that need it (an emoji, a letter with its mark): the
 *  stylish frame measures a clipped line one character at a time. */
const shortWidths = new Map<string, number>();
const SHORT = 8;

function measured(text: string): number {
  if (text.length > SHORT) return stringWidth(text);
  let w = shortWidths.get(text);
  if (w === undefined) {
    if (shortWidths.size >= 4096) shortWidths.clear();
    shortWidths.set(text, (w = stringWidth(text)));
  }
  return w;
}

export function textWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) width += 1;
    else if (isWideUnit(c)) width += 2;
    else {
      let w = UNIT_WIDTH[c];
      if (w === UNKNOWN) UNIT_WIDTH[c] = w = probe(c);
      if (w === JOINS) return measured(text);
      width += w;
    }
  }
  return width;
}
