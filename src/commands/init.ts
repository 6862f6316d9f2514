// xhs-reply init: writes a starter xhs-reply.yaml that is valid and lint-clean out of the box.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMap, isSeq, Pair, parseDocument, Scalar, type Document, type YAMLMap } from 'yaml';
import { parseCommandArgs } from '../args.js';
import { loadConfig } from '../config/load.js';
import { documentToString, setConfigValue } from '../config/save.js';
import { findTemplate, isTemplateName, listTemplateNames } from '../config/templates.js';
import { UserError } from '../errors.js';
import { writeFileSafely } from '../files.js';
import { langFrom, pick, type Lang } from '../i18n.js';
import type { Command, Io } from '../io.js';

const schemaFile = fileURLToPath(new URL('../../schemas/xhs-reply.schema.json', import.meta.url));

/** The schema copied next to a config when xhs-reply runs from a throwaway npx cache. */
export const SCHEMA_COPY = 'xhs-reply.schema.json';

/**
 * npx (npm exec), pnpm dlx and yarn dlx run the package from a cache folder that is cleaned
 * at will: a `$schema` pointing there breaks silently some day.
 */
export function runsFromCache(file: string = schemaFile): boolean {
  return /[\\/](_npx|dlx-[^\\/]*|\.pnpm-store|_cacache)[\\/]/.test(file);
}

/**
 * What goes after `$schema=` so editors (yaml-language-server) complete and check the file.
 * A project that installed xhs-reply locally gets `./node_modules/xhs-reply/schemas/…`:
 * relative, so it keeps working when the folder is moved, committed or shared with a colleague
 * who runs `npm install`. Run through npx the package sits in a cache that npm cleans, so
 * the schema is copied next to the config (placeSchema) and referenced as `./xhs-reply.schema.json`.
 * A global install stays where it is: its absolute file:// URL.
 */
export function schemaReference(outFile: string, from: string = schemaFile): string {
  const rel = relative(dirname(outFile), from);
  if (!rel.startsWith('..') && !isAbsolute(rel)) return `./${rel.split(sep).join('/')}`;
  if (runsFromCache(from)) return `./${SCHEMA_COPY}`;
  return pathToFileURL(from).href;
}

/** Writes the schema copy a `./xhs-reply.schema.json` reference needs (see schemaReference). */
export async function placeSchema(outFile: string, from: string = schemaFile): Promise<string | null> {
  if (schemaReference(outFile, from) !== `./${SCHEMA_COPY}`) return null;
  const target = resolve(dirname(outFile), SCHEMA_COPY);
  await writeFileSafely(target, readFileSync(schemaFile, 'utf8'));
  return target;
}

/** The first line of every file init writes: editors pick the schema up from it. */
function schemaLine(outFile: string): string {
  return `# yaml-language-server: $schema=${schemaReference(outFile)}\n`;
}

function help(lang: Lang): string {
  const zh = lang === 'zh';
  return [
    'xhs-reply init [--template NAME] [--shop NAME] [--copy] [--force] [-o FILE]',
    '',
    zh ? '生成起步配置 xhs-reply.yaml（已有文件时不覆盖，除非加 --force）。' : 'Writes a starter xhs-reply.yaml (never overwrites without --force).',
    '',
    `  --template NAME  ${zh ? '从类目模板（xhs-reply templates 查看）或自己的基础配置文件路径开始；新文件 extends 它，只写本店的值' : 'start from a category template (see xhs-reply templates) or a path to your own base config; the file extends it'}`,
    `  --copy           ${zh ? '把模板全文复制进新文件，而不是 extends' : 'copy the whole template into the file instead of extending it'}`,
    `  --shop NAME      ${zh ? '店铺名称（shop.name）' : 'shop name (shop.name)'}`,
    `  --force          ${zh ? '覆盖已有文件（先备份为 FILE.bak）' : 'overwrite an existing file (backed up to FILE.bak first)'}`,
    `  -o, --output FILE ${zh ? '写到这个文件（默认 xhs-reply.yaml）' : 'write this file (default xhs-reply.yaml)'}`,
    '',
  ].join('\n');
}

/** A template without its own `$schema` line (that one is relative to templates/). */
function readTemplate(file: string): Document {
  const text = readFileSync(file, 'utf8').replace(/^#\s*yaml-language-server:.*(\r?\n|$)/gm, '');
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    throw new UserError({ zh: '模板文件已损坏', en: 'the template file is broken' }, { file });
  }
  return doc;
}

/** The starter file: default.yaml as is, or a template copied whole. */
function copiedStarter(file: string, shop: string | undefined): Document {
  const doc = readTemplate(file);
  if (shop !== undefined) setConfigValue(doc, ['shop', 'name'], shop);
  return doc;
}

/**
 * A file that extends a category template and holds only this shop's values. An agency or a
 * seller with several shops (SPEC use case 3) expects exactly this: the template stays the
 * shared base, each shop file overrides shop info, vars and whichever rules it changes, and
 * improvements to the template reach every shop. `--copy` gives a standalone copy instead.
 */
function extendingStarter(name: string, file: string, shop: string | undefined, lang: Lang): Document {
  const template = readTemplate(file);
  const doc = parseDocument('version: 1\n');
  const zh = lang === 'zh';
  const contents = doc.contents as YAMLMap;
  contents.commentBefore = [
    zh
      ? ` 继承「${name}」：欢迎语、快捷问题和关键词回复都来自它，本文件只写本店不同的地方。`
      : ` Extends "${name}": welcome, quick questions and keyword replies come from it; this file holds what differs.`,
    zh
      ? ' 改某条回复：在 keyword_rules 里写同样的 id 和新的 reply（同 id 合并，新 id 追加）。'
      : ' To change a reply, add a keyword_rules item with the same id and a new reply (same id merges, new ids append).',
    zh ? ' 运行 xhs-reply export 查看合并后的完整回复表。' : ' Run xhs-reply export to see the merged sheet.',
  ].join('\n');
  contents.set('extends', doc.createNode([name], { flow: true }));
  const templateShop = template.get('shop') as YAMLMap | undefined;
  const category = isMap(templateShop) ? templateShop.get('category') : undefined;
  const shopNode = doc.createNode({
    name: shop ?? (isMap(templateShop) ? templateShop.get('name') : undefined) ?? (zh ? '我的小店' : 'My shop'),
    ...(typeof category === 'string' ? { category } : {}),
  });
  contents.set('shop', shopNode);
  const vars = template.get('vars', true);
  if (isMap(vars)) {
    // The template's vars with their explanatory comments: the values each shop sets.
    const key = new Scalar('vars');
    key.commentBefore = zh
      ? ' 改成本店的实际情况（模板里的回复都引用这些变量）'
      : ' Set these to your shop’s values (the template’s replies use them)';
    contents.items.push(new Pair(key, vars.clone()));
  }
  // The template's sample product cards are placeholders (lint reports them until replaced):
  // the shop's own file gets the place to replace them, so the finding points here, not
  // into the template.
  const cards = template.get('product_cards', true);
  const samples = isSeq(cards) ? cards.items.filter((c) => isMap(c) && c.get('placeholder') === true) : [];
  if (samples.length > 0) {
    const key = new Scalar('product_cards');
    key.commentBefore = zh
      ? ' 模板里的示例商品卡片：填上本店商品的商品ID（后台「商品管理」里复制），按需写 name、keywords、reply，\n 再把 placeholder 改成 false（改之前 lint 报错、export 拒绝导出）'
      : ' The template’s sample product card: fill in your product ID (copy it from the product list), name, keywords and reply as needed,\n then set placeholder to false';
    const stubs = samples.map((c) => doc.createNode({ id: String((c as YAMLMap).get('id')), product_id: '', placeholder: true }));
    contents.items.push(new Pair(key, doc.createNode(stubs)));
  }
  return doc;
}

/**
 * Where the starter comes from: a shipped template by name, or — for an agency that keeps its
 * own base config — a path to a YAML file, which the new file then extends by relative path.
 */
async function findBase(name: string, outFile: string, cwd: string): Promise<{ file: string; entry: string }> {
  if (isTemplateName(name)) {
    const file = findTemplate(name);
    if (file) return { file, entry: name };
    const names = listTemplateNames();
    throw new UserError({
      zh: `找不到模板「${name}」${names.length ? `，可用模板：${names.join('、')}` : ''}`,
      en: `no template "${name}"${names.length ? `; templates: ${names.join(', ')}` : ''}`,
    });
  }
  const file = resolve(cwd, name);
  // Loading checks the base the way every command will (exists, UTF-8, valid) and points at its errors.
  await loadConfig(file, { cwd });
  let entry = relative(dirname(outFile), file).split(sep).join('/');
  if (!entry.startsWith('.') && !isAbsolute(entry)) entry = `./${entry}`;
  return { file, entry };
}

export const run: Command = async (args: string[], io: Io): Promise<number> => {
  const lang = langFrom(args, io.env);
  const { values, positionals } = parseCommandArgs(args, {
    template: { type: 'string', short: 't' },
    shop: { type: 'string' },
    copy: { type: 'boolean' },
    force: { type: 'boolean', short: 'f' },
    output: { type: 'string', short: 'o' },
  });
  if (values.help) {
    io.stdout.write(help(lang));
    return 0;
  }
  if (positionals.length > 0) {
    throw new UserError({
      zh: `init 不接受参数「${positionals[0]}」；要指定文件请用 -o ${positionals[0]}`,
      en: `init takes no argument "${positionals[0]}"; use -o ${positionals[0]} to name the file`,
    });
  }
  const shop = values.shop?.trim();
  if (values.shop !== undefined && !shop) {
    throw new UserError({ zh: '--shop 需要店铺名称', en: '--shop needs a shop name' });
  }
  const output = values.output ?? 'xhs-reply.yaml';
  const outFile = resolve(io.cwd, output);
  if (existsSync(outFile) && statSync(outFile).isDirectory()) {
    throw new UserError({ zh: '这是一个目录；请用 -o 指定文件名', en: 'is a directory; name a file with -o' }, { file: output });
  }
  if (existsSync(outFile) && !values.force) {
    throw new UserError(
      {
        zh: '文件已存在，不会覆盖；加 --force 覆盖（原文件会备份为 .bak），或用 -o 写到别的文件',
        en: 'file exists and was not overwritten; add --force (the old file is backed up to .bak) or pick another with -o',
      },
      { file: output },
    );
  }

  const name = values.template ?? 'default';
  const base = await findBase(name, outFile, io.cwd);
  const doc =
    name === 'default' || values.copy
      ? copiedStarter(base.file, shop)
      : extendingStarter(base.entry, base.file, shop, lang);
  const content = schemaLine(outFile) + documentToString(doc);

  // Never hand the merchant a file that does not load: check it as the other commands will.
  await loadConfig(outFile, { cwd: io.cwd, text: content });
  const { backup } = await writeFileSafely(outFile, content, { inputs: [base.file], displayName: output });
  const schemaCopy = await placeSchema(outFile);

  const shown = relative(io.cwd, outFile) || output;
  const lines = [
    pick(
      name === 'default'
        ? { zh: `已生成 ${shown}`, en: `Wrote ${shown}` }
        : { zh: `已生成 ${shown}（模板：${name}${values.copy ? '，已复制全文' : ''}）`, en: `Wrote ${shown} (template: ${name}${values.copy ? ', copied' : ''})` },
      lang,
    ),
  ];
  if (schemaCopy) {
    lines.push(
      pick(
        {
          zh: `编辑器用的结构说明已复制为 ${relative(io.cwd, schemaCopy) || schemaCopy}（npx 的缓存会被清理，不能指向那里）`,
          en: `The editor schema is copied to ${relative(io.cwd, schemaCopy) || schemaCopy} (npx's cache is cleaned, so the file cannot point there)`,
        },
        lang,
      ),
    );
  }
  if (backup) lines.push(pick({ zh: `原文件已备份为 ${relative(io.cwd, backup) || backup}`, en: `The previous file is backed up as ${relative(io.cwd, backup) || backup}` }, lang));
  lines.push(
    pick(
      {
        zh: `下一步：修改 shop 和 vars，运行 xhs-reply lint ${shown} 检查，xhs-reply export 导出回复表`,
        en: `Next: edit shop and vars, run xhs-reply lint ${shown}, then xhs-reply export`,
      },
      lang,
    ),
  );
  io.stderr.write(lines.join('\n') + '\n');
  return 0;
};
