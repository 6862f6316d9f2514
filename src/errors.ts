import type { Lang, Localized } from './i18n.js';
import { escapeControls } from './escape.js';
import { pick } from './i18n.js';

export interface SourcePosition {
  readonly file: string;
  readonly line?: number; // 1-based
  readonly col?: number; // 1-based
}

/**
 * An error the user caused (bad flag, unreadable or invalid file). It becomes one line
 * and exit code 2 at the CLI edge; anything else is a bug.
 */
const BRAND = Symbol.for('xhs-reply.UserError');

export class UserError extends Error {
  /** `instanceof` by brand: the bundled check path (dist/check-main.js) carries its own copy of
   *  this class, and an error from a module loaded beside it must still count as a UserError. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
  readonly [BRAND] = true;
  readonly text: Localized;
  readonly pos?: SourcePosition;
  constructor(text: Localized | string, pos?: SourcePosition) {
    const localized = typeof text === 'string' ? { zh: text, en: text } : text;
    super(localized.en);
    this.name = 'UserError';
    this.text = localized;
    this.pos = pos;
  }
  /** One line whatever the message quotes: a key, keyword or file name from the user's input
   *  may hold a newline or a terminal control (a YAML key can end in one), spelled out here. */
  format(lang: Lang): string {
    return escapeControls(formatWithPosition(pick(this.text, lang), this.pos), { singleLine: true });
  }
}

export function formatPosition(pos: SourcePosition): string {
  if (pos.line === undefined) return pos.file;
  return `${pos.file}:${pos.line}:${pos.col ?? 1}`;
}

export function formatWithPosition(message: string, pos?: SourcePosition): string {
  return pos ? `${formatPosition(pos)}: ${message}` : message;
}
