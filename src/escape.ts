// Text from a config or a sheet is someone's data, and a shared template may come from a
// stranger: printed raw, `ESC ] 52 ; c ; … BEL` sets the terminal's clipboard and `ESC [2J`
// clears the screen. Everything the tool prints from such text goes through here, and every
// control character is spelled out the way `check` shows invisible characters: <U+001B>.
// Pure (no I/O): used by the lint formatters, the commands and the app alike.

/**
 * C0 controls except tab and newline, DEL, C1 controls (U+0080–U+009F: U+009B is a one-byte
 * CSI to some terminals), and the bidi embeddings/overrides/isolates that reorder what a
 * terminal shows. A lone CR (which lets text overwrite its own line) is included; CR LF is not.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\r(?!\n)/g;
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;
const ANY_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** `<U+001B>`: how an unprintable character is shown everywhere (check's source frame too). */
export function codePointLabel(cp: number): string {
  return `<U+${cp.toString(16).toUpperCase().padStart(4, '0')}>`;
}

const label = (ch: string): string => codePointLabel(ch.codePointAt(0)!);

/** Whether `text` holds anything escapeControls would change (a cheap test for hot paths). */
export function hasControls(text: string): boolean {
  return ANY_CONTROL.test(text);
}

/**
 * `text` safe to print to a terminal: control characters become `<U+XXXX>`. Newlines and tabs
 * stay (replies have several lines) unless `singleLine`, for ids, keywords and messages that
 * must stay on their one line.
 */
export function escapeControls(text: string, options: { readonly singleLine?: boolean } = {}): string {
  if (options.singleLine) return text.replace(CONTROL_SINGLE_LINE, label);
  if (!ANY_CONTROL.test(text)) return text;
  return text.replace(CONTROL, label);
}

/**
 * JSON text safe for a terminal and still the same JSON: JSON.stringify already writes C0 as
 * \u001b, but leaves DEL, C1 and bidi controls raw; they become \u escapes (only strings can
 * hold them, so the structure is untouched).
 */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
