// The sheet structure as YAML, for people who keep their sheets next to the config.
import { stringify } from 'yaml';
import type { Sheet } from './sheet.js';

export function writeYaml(sheet: Sheet): string {
  // lineWidth 0: never fold a reply, so what is pasted is exactly the text.
  return stringify(sheet, { lineWidth: 0, aliasDuplicateObjects: false });
}
