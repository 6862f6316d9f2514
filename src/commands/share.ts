// `xhs-reply share`: a copy of this shop's config for another shop (or an agency's base) with
// this shop's own values — name, product IDs, prices — turned into blank, marked variables.
// With --shop-file it also writes this shop's own file (extends the copy, sets only its vars),
// so the shop can switch to the shared base without its export changing.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseCommandArgs } from '../args.js';
import { loadConfig } from '../config/load.js';
import { UserError } from '../errors.js';
import { escapeControls } from '../escape.js';
import { shareConfig, shopOverlay } from '../export/share.js';
import { ensureDirectory, refuseInputs, writeFileSafely } from '../files.js';
import { langFrom, type Lang } from '../i18n.js';
import type { Command } from '../io.js';

function help(lang: Lang): string {
  const zh = lang === 'zh';
  return [
    'xhs-reply share [-c xhs-reply.yaml] [-o FILE] [--shop-file FILE] [--force]',
    '',
    zh
      ? '生成可以分享给其他店铺的配置：店铺名称、商品ID和文字里的价格换成变量并留空（标「每个店铺填写自己的值」），\n规则、回复、检查设置和注释原样保留。不加 -o 时输出到标准输出。'
      : "Writes a copy other shops can extend: the shop name, product IDs and prices in texts become blank, marked\nvariables; rules, replies, lint settings and comments stay. Without -o it prints to stdout.",
    '',
    `  -c, --config FILE  ${zh ? '要分享的配置（默认 xhs-reply.yaml）' : 'the config to share (default xhs-reply.yaml)'}`,
    `  -o, --output FILE  ${zh ? '写入这个文件（已存在时需要 --force，旧文件备份为 FILE.bak）' : 'write this file (an existing one needs --force; kept as FILE.bak)'}`,
    `  --shop-file FILE   ${zh ? '同时写出本店自己的配置：extends 分享文件，只含本店的值（需要 -o）' : "also write this shop's own file: extends the copy, only this shop's values (needs -o)"}`,
    `  --force            ${zh ? '覆盖已有文件' : 'overwrite existing files'}`,
    '',
  ].join('\n');
}

export const run: Command = async (args, io) => {
  const lang = langFrom(args, io.env);
  const zh = lang === 'zh';
  const { values } = parseCommandArgs(args, {
    config: { type: 'string', short: 'c', default: 'xhs-reply.yaml' },
    output: { type: 'string', short: 'o' },
    'shop-file': { type: 'string' },
    force: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(help(lang));
    return 0;
  }
  const shopFile = values['shop-file'] as string | undefined;
  if (shopFile !== undefined && values.output === undefined) {
    throw new UserError({ zh: '--shop-file 需要同时用 -o 指定分享文件（本店文件要 extends 它）', en: '--shop-file needs -o (the shop file extends the shared file)' });
  }
  // Loading validates the whole chain, so a broken config is never shared.
  const loaded = await loadConfig(values.config as string, { cwd: io.cwd });
  const output = values.output !== undefined ? resolve(io.cwd, values.output) : undefined;
  const shopPath = shopFile !== undefined ? resolve(io.cwd, shopFile) : undefined;
  for (const [path, shown] of [[output, values.output], [shopPath, shopFile]] as const) {
    if (path === undefined) continue;
    // Through links too: `share -o link.yaml --force` with link.yaml → the config is the config.
    await refuseInputs(path, loaded.paths, shown!);
    if (existsSync(path) && !values.force) {
      throw new UserError({ zh: '文件已存在，加 --force 覆盖（旧文件会备份为 .bak）', en: 'file exists; add --force to overwrite (the old one is kept as .bak)' }, { file: shown! });
    }
  }

  const result = shareConfig(loaded.source.text, {
    fromDir: dirname(loaded.path),
    toDir: output ? dirname(output) : io.cwd,
    ...(loaded.config.shop?.name !== undefined ? { shopName: loaded.config.shop.name } : {}),
  });
  const names = Object.keys(result.values);
  if (output === undefined) {
    io.stdout.write(escapeControls(result.text));
  } else {
    await ensureDirectory(dirname(output), dirname(values.output!));
    await writeFileSafely(output, result.text, { inputs: loaded.paths, displayName: values.output! });
    io.stderr.write(zh ? `已写出分享配置 ${values.output}\n` : `Wrote the shared config ${values.output}\n`);
    if (shopPath !== undefined) {
      await ensureDirectory(dirname(shopPath), dirname(shopFile!));
      await writeFileSafely(shopPath, shopOverlay(output, dirname(shopPath), result.values, result.text), { inputs: [...loaded.paths, output], displayName: shopFile! });
      io.stderr.write(zh ? `已写出本店配置 ${shopFile}（extends 分享配置，只含本店的值）\n` : `Wrote this shop's file ${shopFile} (extends the shared config)\n`);
    }
  }
  io.stderr.write(
    names.length > 0
      ? zh
        ? `留空待各店铺填写的变量：${names.join('、')}\n`
        : `Variables left blank for each shop: ${names.join(', ')}\n`
      : zh
        ? '没有发现店铺专属的值（店铺名称、商品ID、价格）\n'
        : 'No shop-specific values (shop name, product IDs, prices) found\n',
  );
  return 0;
};
