// The sheet structure as JSON, for other tools (field order = backend order).
import type { Sheet } from './sheet.js';

export function writeJson(sheet: Sheet): string {
  return `${JSON.stringify(sheet, null, 2)}\n`;
}
