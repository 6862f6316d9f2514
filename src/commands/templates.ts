// `xhs-reply templates`: the category templates, each with its Chinese name and one line on
// what it covers, so a merchant can pick one for `init --template NAME`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { parseCommandArgs } from '../args.js';
import { findTemplate, listTemplateNames, templatesDir } from '../config/templates.js';
import { UserError } from '../errors.js';
import { langFrom, pick, type Lang, type Localized } from '../i18n.js';
import type { Command } from '../io.js';

export interface TemplateInfo {
  readonly name: string;
  readonly title: Localized;
  readonly description: Localized;
  readonly file: string;
}

/** Templates in index.json order; a template file missing from the index is listed by name. */
export function listTemplates(): TemplateInfo[] {
  let index: { name: string; title: Localized; description: Localized }[] = [];
  try {
    index = JSON.parse(readFileSync(join(templatesDir, 'index.json'), 'utf8')) as typeof index;
  } catch {
    index = [];
  }
  const out: TemplateInfo[] = [];
  for (const entry of index) {
    const file = findTemplate(entry.name);
    if (file) out.push({ ...entry, file });
  }
  for (const name of listTemplateNames()) {
    if (out.some((t) => t.name === name)) continue;
    out.push({ name, title: { zh: name, en: name }, description: { zh: '', en: '' }, file: findTemplate(name)! });
  }
  return out;
}

function help(lang: Lang): string {
  const zh = lang === 'zh';
  return [
    'xhs-reply templates [--format text|json]',
    '',
    zh ? '列出类目模板；用 xhs-reply init --template NAME 从模板开始。' : 'Lists the category templates; start from one with xhs-reply init --template NAME.',
    '',
    `  --format text|json  ${zh ? '输出格式（默认 text）' : 'output format (default text)'}`,
    '',
  ].join('\n');
}

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - stringWidth(s)));

export const run: Command = async (args, io) => {
  const lang = langFrom(args, io.env);
  const { values } = parseCommandArgs(args, { format: { type: 'string', default: 'text' } });
  if (values.help) {
    io.stdout.write(help(lang));
    return 0;
  }
  const format = values.format as string;
  if (format !== 'text' && format !== 'json') {
    throw new UserError({ zh: `未知的输出格式「${format}」，可用：text、json`, en: `unknown format "${format}"; use text or json` });
  }
  const templates = listTemplates();
  if (format === 'json') {
    const data = templates.map((t) => ({ name: t.name, title: t.title, description: t.description }));
    io.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
    return 0;
  }
  const nameWidth = Math.max(...templates.map((t) => stringWidth(t.name)), 4);
  const titleWidth = Math.max(...templates.map((t) => stringWidth(pick(t.title, lang))), 4);
  const lines = templates.map((t) => `${pad(t.name, nameWidth)}  ${pad(pick(t.title, lang), titleWidth)}  ${pick(t.description, lang)}`.trimEnd());
  io.stdout.write(lines.join('\n') + '\n');
  io.stderr.write(
    lang === 'zh'
      ? '\n用 xhs-reply init --template 名称 从模板开始，例如 xhs-reply init --template apparel\n'
      : '\nStart from one with xhs-reply init --template NAME, e.g. xhs-reply init --template apparel\n',
  );
  return 0;
};
