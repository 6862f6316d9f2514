// Terminal width of report text. string-width is exact for every script and emoji sequence,
// but it segments graphemes and tests an emoji regex per cluster: in a stylish report of 50,000
// texts it was half of the whole run. Report text is almost always printable ASCII and CJK,
// whose widths need no segmentation: one column per ASCII character, two per wide CJK one.
// Anything else — combining marks, variation selectors, emoji, Hangul, escape codes — sends the
// whole string to string-width, so the answer is always string-width's.
import stringWidth from 'string-width';

/** Whether a UTF-16 unit is one East Asian Wide/Fullwidth character on its own. */
function isWideUnit(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0x3400 && c <= 0x4dbf) || // extension A
    (c >= 0x3000 && c <= 0x303e) || // CJK symbols and punctuation (、。「」…)
    (c >= 0xff01 && c <= 0xff60) || // full-width forms (，！？：)
    (c >= 0xf900 && c <= 0xfaff) // compatibility ideographs
  );
}

export function textWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) width += 1;
    else if (isWideUnit(c)) width += 2;
    else return stringWidth(text);
  }
  return width;
}
