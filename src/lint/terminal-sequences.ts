// Terminal commands in a text (a colour code, clear screen, OSC 52 setting the clipboard): where
// one ends, so the normalizer can read past it and invisible-chars can report and fix it whole.

/** The index after the CSI sequence starting at `i` (ESC [ or C1 CSI: parameter bytes 0x30–0x3F,
 *  intermediate bytes 0x20–0x2F, one final byte 0x40–0x7E), or i + 1 when no well-formed
 *  sequence starts there. */
export function csiEnd(s: string, i: number): number {
  const len = s.length;
  let j = i + 1;
  if (s.charCodeAt(i) === 0x1b) {
    if (s.charCodeAt(j) !== 0x5b) return i + 1;
    j++;
  }
  while (j < len && s.charCodeAt(j) >= 0x30 && s.charCodeAt(j) <= 0x3f) j++;
  while (j < len && s.charCodeAt(j) >= 0x20 && s.charCodeAt(j) <= 0x2f) j++;
  if (j < len && s.charCodeAt(j) >= 0x40 && s.charCodeAt(j) <= 0x7e) return j + 1;
  return i + 1;
}

/** The index after the terminal command starting at `i` (ESC or C1 CSI): a CSI sequence or an
 *  OSC string (ESC ] … up to BEL, ST or ESC \\); i + 1 when none is well formed there. */
export function terminalSequenceEnd(s: string, i: number): number {
  if (s.charCodeAt(i) === 0x1b && s.charCodeAt(i + 1) === 0x5d) {
    for (let j = i + 2; j < s.length && j < i + 4096; j++) {
      const u = s.charCodeAt(j);
      if (u === 0x07 || u === 0x9c) return j + 1;
      if (u === 0x1b) return s.charCodeAt(j + 1) === 0x5c ? j + 2 : i + 1;
    }
    return i + 1;
  }
  return csiEnd(s, i);
}
