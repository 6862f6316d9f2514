// Turns the bytes of a sheet into text, naming the encoding found. Chinese merchants' sheets
// come out of Excel/WPS as UTF-8, UTF-8 with BOM, GBK/GB18030 ("CSV (逗号分隔)" on Chinese
// Windows) or UTF-16 ("Unicode 文本"). We never guess silently: the caller prints the label, and
// bytes that are valid in none of them are an error rather than mojibake in the config.
import { UserError } from '../errors.js';
import { decodeText, type TextEncodingName } from '../files.js';

export interface DecodedSheet {
  readonly text: string;
  /** Human label: UTF-8, UTF-8（BOM）, UTF-16LE, UTF-16BE or GBK/GB18030. */
  readonly encoding: string;
}

const LABELS: Partial<Record<TextEncodingName, string>> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8（BOM）',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GBK/GB18030',
};

/** Control characters no text sheet contains (tab, CR, LF and ESC-free): a binary file. */
// eslint-disable-next-line no-control-regex
const BINARY_CHARS = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/;

/** Decodes a sheet; line breaks come back as \n only, so rows and columns stay simple. */
export function decodeSheet(buf: Uint8Array, file: string): DecodedSheet {
  const decoded = decodeText(buf);
  const label = LABELS[decoded.encoding];
  if (label === undefined || BINARY_CHARS.test(decoded.text.slice(0, 65536))) {
    throw new UserError(
      decoded.encoding === 'unknown'
        ? {
            zh: '无法识别编码：既不是 UTF-8，也不是 GBK/GB18030。请在 Excel/WPS 中另存为「CSV UTF-8」或 .xlsx',
            en: 'Unknown encoding: neither UTF-8 nor GBK/GB18030. Save it as "CSV UTF-8" or .xlsx in Excel/WPS',
          }
        : {
            zh: '这是二进制文件，不是规则表（可导入 .csv/.tsv/.xlsx 或从后台复制的 .txt）',
            en: 'a binary file, not a rule sheet (import .csv/.tsv/.xlsx or text copied from the backend)',
          },
      { file },
    );
  }
  return { text: decoded.text.replace(/\r\n?/g, '\n'), encoding: label };
}
