import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText, readFileChecked, readTextFile, readTextFileWithEncoding, writeFileSafely } from '../src/files.js';
import { rejectionOf } from './helpers/user-error.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xhs-reply-files-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const errorOf = rejectionOf;

const GBK_TEXT = '关键词,回复\n发货时间,三天内发货\n';

describe('decodeText', () => {
  it('recognises UTF-8, UTF-8 with BOM, UTF-16 with BOM and GBK', () => {
    expect(decodeText(Buffer.from('你好'))).toEqual({ text: '你好', encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('你好')]))).toEqual({ text: '你好', encoding: 'utf-8-bom' });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('你好\t发货', 'utf-16le')]))).toEqual({
      text: '你好\t发货',
      encoding: 'utf-16le',
    });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('你好', 'utf-16be')]))).toEqual({ text: '你好', encoding: 'utf-16be' });
    expect(decodeText(iconv.encode(GBK_TEXT, 'gbk'))).toEqual({ text: GBK_TEXT, encoding: 'gb18030' });
  });

  it('calls NUL bytes binary and undecodable bytes unknown', () => {
    expect(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])).encoding).toBe('binary');
    expect(decodeText(Buffer.from([0xff, 0xff, 0xff, 0x41])).encoding).toBe('unknown');
    expect(decodeText(Buffer.alloc(0))).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('readTextFile', () => {
  it('reads UTF-8 and strips a BOM', async () => {
    const file = join(dir, 'bom.yaml');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('version: 1\n')]));
    expect(await readTextFile(file)).toBe('version: 1\n');
  });

  it('rejects a missing file, a directory and a missing parent, naming the path', async () => {
    expect((await errorOf(readTextFile(join(dir, 'nope.yaml')))).format('zh')).toBe(`${join(dir, 'nope.yaml')}: 找不到这个文件`);
    expect((await errorOf(readTextFile(dir, { displayName: 'shop/' }))).format('en')).toBe('shop/: is a directory, not a file');
    const inFile = join(dir, 'bom.yaml', 'x.yaml');
    expect((await errorOf(readTextFile(inFile))).text.zh).toBe('路径中有一段不是目录');
  });

  it('rejects binary files, and says when it is a zip/xlsx', async () => {
    const png = join(dir, 'logo.png');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    expect((await errorOf(readTextFile(png, { displayName: 'logo.png' }))).format('zh')).toBe('logo.png: 这是二进制文件，不是文本文件');
    const xlsx = join(dir, 'rules.xlsx');
    writeFileSync(xlsx, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]));
    expect((await errorOf(readTextFile(xlsx))).text.zh).toBe('这是压缩包或 Excel（.xlsx）文件，不是文本文件');
  });

  it('rejects GBK as not UTF-8, naming the encoding and the first bad place', async () => {
    const file = join(dir, 'gbk.csv');
    writeFileSync(file, iconv.encode(`id,reply\nshipping,${'三天内发货'}\n`, 'gbk'));
    const err = await errorOf(readTextFile(file, { displayName: 'gbk.csv' }));
    expect(err.format('zh')).toBe('gbk.csv:2:10: 不是 UTF-8 编码（看起来是GBK/GB18030），请用编辑器另存为 UTF-8');
    expect(err.format('en')).toBe('gbk.csv:2:10: not UTF-8 (looks like GBK/GB18030); save it as UTF-8');
  });

  it('decodes GBK and UTF-16 when asked to accept any encoding', async () => {
    const file = join(dir, 'gbk2.csv');
    writeFileSync(file, iconv.encode(GBK_TEXT, 'gb18030'));
    expect(await readTextFileWithEncoding(file, { encodings: 'any' })).toEqual({ text: GBK_TEXT, encoding: 'gb18030' });
    const utf16 = join(dir, 'unicode.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(GBK_TEXT, 'utf-16le')]));
    expect(await readTextFile(utf16, { encodings: 'any' })).toBe(GBK_TEXT);
    expect((await errorOf(readTextFile(utf16))).text.zh).toBe('不是 UTF-8 编码（看起来是UTF-16），请用编辑器另存为 UTF-8');
  });

  it('rejects undecodable bytes even when any encoding is accepted', async () => {
    const file = join(dir, 'junk.txt');
    writeFileSync(file, Buffer.from([0x41, 0x0a, 0x42, 0xff, 0xfe, 0xfd, 0x80]));
    expect((await errorOf(readTextFile(file, { encodings: 'any', displayName: 'junk.txt' }))).format('zh')).toBe(
      'junk.txt:2:2: 不是 UTF-8 编码（看起来是未知编码），请用编辑器另存为 UTF-8',
    );
  });

  it('rejects a file over the cap from its size alone', async () => {
    const file = join(dir, 'huge.yaml');
    writeFileSync(file, '');
    truncateSync(file, 50 * 1024 * 1024); // sparse: no 50 MB written to disk
    const err = await errorOf(readTextFile(file, { displayName: 'huge.yaml' }));
    expect(err.format('zh')).toBe('huge.yaml: 文件太大（50.0 MB，上限 16.0 MB），请确认选对了文件');
    expect((await errorOf(readFileChecked(file, { maxBytes: 1024 }))).text.en).toBe('file too large (50.0 MB, limit 1 KB); is it the right file?');
  });

  it('uses the empty-file message when given one', async () => {
    const file = join(dir, 'empty.yaml');
    writeFileSync(file, ' \n\n');
    expect(await readTextFile(file)).toBe(' \n\n');
    const err = await errorOf(readTextFile(file, { emptyMessage: { zh: '配置文件是空的', en: 'empty config' }, displayName: 'empty.yaml' }));
    expect(err.format('zh')).toBe('empty.yaml:1:1: 配置文件是空的');
  });
});

describe('writeFileSafely', () => {
  it('writes a new file without a backup', async () => {
    const file = join(dir, 'new.yaml');
    expect(await writeFileSafely(file, 'version: 1\n')).toEqual({});
    expect(readFileSync(file, 'utf8')).toBe('version: 1\n');
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it('backs the old content up to FILE.bak before replacing it, leaving no temp files', async () => {
    const sub = join(dir, 'replace');
    mkdirSync(sub);
    const file = join(sub, 'xhs-reply.yaml');
    writeFileSync(file, 'old\n');
    expect(await writeFileSafely(file, 'new\n')).toEqual({ backup: `${file}.bak` });
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('old\n');
    await writeFileSafely(file, Buffer.from('newer\n'));
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('new\n');
    // The generation before rotates to .bak.1 instead of being overwritten.
    expect(readFileSync(`${file}.bak.1`, 'utf8')).toBe('old\n');
    expect(readdirSync(sub).sort()).toEqual(['xhs-reply.yaml', 'xhs-reply.yaml.bak', 'xhs-reply.yaml.bak.1']);
  });

  it('refuses to write over a directory or into a missing one', async () => {
    expect((await errorOf(writeFileSafely(dir, 'x'))).text.zh).toBe('这是一个目录，无法写入');
    expect((await errorOf(writeFileSafely(join(dir, 'no', 'such', 'x.yaml'), 'x'))).text.zh).toBe('目录不存在，无法写入');
  });
});
