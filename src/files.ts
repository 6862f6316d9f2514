// The file edge: every file the tool reads or writes goes through here, so bad input
// (missing, a directory, binary, not UTF-8, huge, empty) becomes one clear UserError line
// and every write is atomic with a backup of what it replaces.
import { open, stat } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { UserError, type SourcePosition } from './errors.js';
import type { Localized } from './i18n.js';

/** Configs and rule sheets are small; anything past this is a mistake (a log, a dump). */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'binary' | 'unknown';

export interface DecodedText {
  readonly text: string;
  /** What the bytes were; 'binary' and 'unknown' carry a lossy UTF-8 reading in `text`. */
  readonly encoding: TextEncodingName;
}

export interface ReadTextOptions {
  /** Refuse files larger than this many bytes (checked with stat before reading). */
  readonly maxBytes?: number;
  /** 'utf-8' (default): anything else is an error naming the encoding it looks like.
   *  'any': also decode UTF-16 and GBK/GB18030 (spreadsheets saved by Excel/WPS on Chinese Windows). */
  readonly encodings?: 'utf-8' | 'any';
  /** The message for an empty (or whitespace-only) file; without it, empty text is returned. */
  readonly emptyMessage?: Localized;
  /** How to name the file in messages (default: the path as given). */
  readonly displayName?: string;
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });

function startsWith(buf: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

/** Index of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || i + need >= buf.length) return i;
    for (let k = 1; k <= need; k++) if ((buf[i + k] & 0xc0) !== 0x80) return i;
    // Overlongs and surrogates: let the real decoder judge this one sequence.
    try {
      utf8Fatal.decode(buf.subarray(i, i + need + 1));
    } catch {
      return i;
    }
    i += need + 1;
  }
  return -1;
}

function tryUtf8(buf: Uint8Array): string | null {
  try {
    return utf8Fatal.decode(buf);
  } catch {
    return null;
  }
}

function looksLikeGb18030(buf: Uint8Array): string | null {
  const text = iconv.decode(Buffer.from(buf), 'gb18030');
  // A clean round trip plus real CJK text: a GBK/GB18030 file, not random bytes.
  if (text.includes('\ufffd') || !/[\u4e00-\u9fff]/.test(text)) return null;
  const back = iconv.encode(text, 'gb18030');
  return Buffer.compare(back, Buffer.from(buf)) === 0 ? text : null;
}

/** What kind of text the bytes are, without deciding whether that is acceptable. */
export function decodeText(buf: Uint8Array): DecodedText {
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) {
    const text = tryUtf8(buf.subarray(3));
    if (text !== null) return { text, encoding: 'utf-8-bom' };
  }
  // Excel's "Unicode text" export is UTF-16LE with a BOM; it is full of NUL bytes but not binary.
  if (startsWith(buf, [0xff, 0xfe])) return { text: iconv.decode(Buffer.from(buf.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (startsWith(buf, [0xfe, 0xff])) return { text: iconv.decode(Buffer.from(buf.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  if (buf.includes(0)) return { text: Buffer.from(buf).toString('utf8'), encoding: 'binary' };
  const text = tryUtf8(buf);
  if (text !== null) return { text, encoding: 'utf-8' };
  const gb = looksLikeGb18030(buf);
  if (gb !== null) return { text: gb, encoding: 'gb18030' };
  return { text: Buffer.from(buf).toString('utf8'), encoding: 'unknown' };
}

/**
 * 1-based line and column of the first undecodable byte. A GBK character can look like valid
 * UTF-8 by accident (小 = D0 A1), so the column is where the line's non-ASCII text begins:
 * everything before that is ASCII, so bytes and characters agree.
 */
function badBytePosition(buf: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (buf[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  let first = lineStart;
  while (first < offset && buf[first] < 0x80) first++;
  return { line, col: first - lineStart + 1 };
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * Reads a file as bytes after checking, with stat, that it exists, is a regular file and is
 * within the size cap — so a 50 MB dump or a FIFO never makes the tool hang or run out of memory.
 */
export async function readFileChecked(path: string, options: Pick<ReadTextOptions, 'maxBytes' | 'displayName'> = {}): Promise<Buffer> {
  const name = options.displayName ?? path;
  const pos: SourcePosition = { file: name };
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw fsError(err, name);
  }
  if (info.isDirectory()) {
    throw new UserError({ zh: '这是一个目录，不是文件', en: 'is a directory, not a file' }, pos);
  }
  if (!info.isFile()) {
    throw new UserError({ zh: '不是普通文件（设备、管道或套接字）', en: 'not a regular file (device, pipe or socket)' }, pos);
  }
  if (info.size > maxBytes) {
    throw new UserError(
      {
        zh: `文件太大（${sizeText(info.size)}，上限 ${sizeText(maxBytes)}），请确认选对了文件`,
        en: `file too large (${sizeText(info.size)}, limit ${sizeText(maxBytes)}); is it the right file?`,
      },
      pos,
    );
  }
  const handle = await open(path, 'r').catch((err: unknown) => {
    throw fsError(err, name);
  });
  try {
    // Read at most maxBytes + 1 even if the file grew after stat.
    const buf = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    while (length < buf.length) {
      const { bytesRead } = await handle.read(buf, length, buf.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) {
      throw new UserError({ zh: `文件太大（上限 ${sizeText(maxBytes)}）`, en: `file too large (limit ${sizeText(maxBytes)})` }, pos);
    }
    return buf.subarray(0, length);
  } finally {
    await handle.close();
  }
}

function fsError(err: unknown, name: string): UserError {
  const code = (err as NodeJS.ErrnoException)?.code;
  const pos = { file: name };
  switch (code) {
    case 'ENOENT':
      return new UserError({ zh: '找不到这个文件', en: 'no such file' }, pos);
    case 'ENOTDIR':
      return new UserError({ zh: '路径中有一段不是目录', en: 'a part of the path is not a directory' }, pos);
    case 'EISDIR':
      return new UserError({ zh: '这是一个目录，不是文件', en: 'is a directory, not a file' }, pos);
    case 'EACCES':
    case 'EPERM':
      return new UserError({ zh: '没有读取权限', en: 'permission denied' }, pos);
    case 'ELOOP':
      return new UserError({ zh: '符号链接循环', en: 'too many symbolic links' }, pos);
    default:
      return new UserError({ zh: `无法读取：${code ?? String(err)}`, en: `cannot read: ${code ?? String(err)}` }, pos);
  }
}

function encodingLabel(encoding: TextEncodingName): Localized {
  switch (encoding) {
    case 'gb18030':
      return { zh: 'GBK/GB18030', en: 'GBK/GB18030' };
    case 'utf-16le':
    case 'utf-16be':
      return { zh: 'UTF-16', en: 'UTF-16' };
    default:
      return { zh: '未知编码', en: 'an unknown encoding' };
  }
}

/** Reads and decodes a text file; see ReadTextOptions for what counts as acceptable. */
export async function readTextFileWithEncoding(path: string, options: ReadTextOptions = {}): Promise<DecodedText> {
  const name = options.displayName ?? path;
  const buf = await readFileChecked(path, options);
  const decoded = decodeText(buf);
  const any = options.encodings === 'any';
  if (decoded.encoding === 'binary') {
    const zip = startsWith(buf, [0x50, 0x4b, 0x03, 0x04]);
    throw new UserError(
      zip
        ? { zh: '这是压缩包或 Excel（.xlsx）文件，不是文本文件', en: 'a zip or Excel (.xlsx) file, not a text file' }
        : { zh: '这是二进制文件，不是文本文件', en: 'a binary file, not a text file' },
      { file: name },
    );
  }
  const ok =
    decoded.encoding === 'utf-8' ||
    decoded.encoding === 'utf-8-bom' ||
    (any && decoded.encoding !== 'unknown');
  if (!ok) {
    const at = firstInvalidUtf8(buf);
    const where = decoded.encoding.startsWith('utf-16') || at < 0 ? { line: 1, col: 1 } : badBytePosition(buf, at);
    const label = encodingLabel(decoded.encoding);
    throw new UserError(
      {
        zh: `不是 UTF-8 编码（看起来是${label.zh}），请用编辑器另存为 UTF-8`,
        en: `not UTF-8 (looks like ${label.en}); save it as UTF-8`,
      },
      { file: name, ...where },
    );
  }
  if (options.emptyMessage && decoded.text.trim() === '') {
    // Still file:line:col like every other input error, so editors and CI annotations can jump to it.
    throw new UserError(options.emptyMessage, { file: name, line: 1, col: 1 });
  }
  return decoded;
}

/** Reads a UTF-8 text file (BOM stripped) or throws a one-line UserError naming the file. */
export async function readTextFile(path: string, options: ReadTextOptions = {}): Promise<string> {
  return (await readTextFileWithEncoding(path, options)).text;
}

// Writing lives in file-writer.ts (temp + full write + fsync + size check + rename, rotating
// backups, a lock); re-exported so every caller keeps importing the file edge from here.
export {
  backupPathOf,
  ensureDirectory,
  olderBackupPathOf,
  refuseInputs,
  resolveWriteTarget,
  writeFileSafely,
  writeFileSafelySync,
  type WriteOptions,
  type WriteResult,
} from './file-writer.js';
