// The CLI's dispatcher: argv → command → exit code. Commands load lazily so `check` and `lint`
// never pay for Ink, React, yaml or ajv they do not use.
import { UserError } from './errors.js';
import { escapeControls } from './escape.js';
import { langFrom, pick, type Lang, type Localized } from './i18n.js';
import type { Command, Io } from './io.js';
import { version as packageVersion } from './version.gen.js';

interface CommandEntry {
  readonly summary: Localized;
  readonly usage: string;
  readonly load: () => Promise<{ run: Command }>;
}

export const commands: Record<string, CommandEntry> = {
  init: {
    usage: 'init [--template NAME] [--shop NAME] [--force]',
    summary: { zh: '生成起步配置 xhs-reply.yaml', en: 'write a starter xhs-reply.yaml' },
    load: () => import('./commands/init.js'),
  },
  lint: {
    usage: 'lint [FILES…] [--format stylish|json|sarif] [--fix]',
    summary: { zh: '检查配置文件和已有的关键词规则表', en: 'lint configs and existing rule sheets' },
    load: () => import('./commands/lint.js'),
  },
  check: {
    usage: 'check [TEXT…] [--format stylish|json|sarif]',
    summary: { zh: '检查零散文本（无参数时从标准输入逐行读取）', en: 'lint loose texts (stdin, one a line)' },
    load: () => import('./commands/check.js'),
  },
  test: {
    usage: 'test "客户的问题"',
    summary: { zh: '模拟客户提问，看哪条规则回复', en: 'show which rule answers a question' },
    load: () => import('./commands/test.js'),
  },
  coverage: {
    usage: 'coverage QUESTIONS.txt',
    summary: { zh: '统计真实客户问题的自动回复覆盖率', en: 'share of real questions answered' },
    load: () => import('./commands/coverage.js'),
  },
  export: {
    usage: 'export [--format txt|csv|json|yaml|html] [-o FILE] [--copy] [--force]',
    summary: { zh: '导出可逐项粘贴到后台的回复表', en: 'export the paste-ready sheet' },
    load: () => import('./commands/export.js'),
  },
  import: {
    usage: 'import FILE [-o xhs-reply.yaml]',
    summary: { zh: '把规则表或后台复制的文本转成 xhs-reply.yaml', en: 'turn a rule sheet into xhs-reply.yaml' },
    load: () => import('./commands/import.js'),
  },
  share: {
    usage: 'share [-o FILE]',
    summary: { zh: '生成去掉店铺信息、可分享给其他店铺的配置', en: 'a copy without shop-specific values' },
    load: () => import('./commands/share.js'),
  },
  templates: {
    usage: 'templates',
    summary: { zh: '列出类目模板', en: 'list the category templates' },
    load: () => import('./commands/templates.js'),
  },
};

/** Baked in at build (scripts/gen-version.mjs): a dist/ copied without package.json still knows it. */
export function version(): string {
  return packageVersion;
}

export function helpText(lang: Lang): string {
  const zh = lang === 'zh';
  const lines = [
    zh
      ? 'xhs-reply — 小红书店铺客服自动回复：搭建、合规检查、导出'
      : 'xhs-reply — build, lint and export the auto replies of a Xiaohongshu shop',
    '',
    zh ? '用法：xhs-reply [命令] [选项]' : 'Usage: xhs-reply [command] [options]',
    '',
    zh ? '不带命令在终端中运行时打开引导式界面。' : 'With no command, in a terminal, opens the guided app.',
    '',
    zh ? '命令：' : 'Commands:',
  ];
  for (const [name, c] of Object.entries(commands)) lines.push(`  ${name.padEnd(10)}  ${pick(c.summary, lang)}`);
  lines.push(
    '',
    zh ? '通用选项：' : 'Options:',
    `  --lang zh|en   ${zh ? '提示语言（默认中文）' : 'message language (default zh)'}`,
    `  --no-color     ${zh ? '不使用颜色（也可设置 NO_COLOR）' : 'no colours (or set NO_COLOR)'}`,
    `  -h, --help     ${zh ? '显示帮助；xhs-reply 命令 --help 显示该命令的帮助' : 'show help; xhs-reply COMMAND --help for one command'}`,
    `  -v, --version  ${zh ? '显示版本' : 'show the version'}`,
    '',
    zh
      ? '退出码：0 没有错误；1 有检查错误；2 用法错误或输入无法读取。'
      : 'Exit codes: 0 no errors; 1 lint errors; 2 usage error or unreadable input.',
  );
  return lines.join('\n') + '\n';
}

/** The usage line of one command, for its own --help. */
export function usageOf(name: string): string {
  return `xhs-reply ${commands[name]?.usage ?? name}`;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const lang = langFrom(argv, io.env);
  try {
    const [first, ...rest] = argv;
    if (first === '--version' || first === '-v') {
      io.stdout.write(`${version()}\n`);
      return 0;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      io.stdout.write(helpText(lang));
      return 0;
    }
    if (first === undefined || first.startsWith('-')) {
      // The app needs a terminal on both ends; in a pipe or CI print help and never wait.
      if (io.stdin.isTTY && io.stdout.isTTY && io.env.CI !== 'true') {
        const app = await import('./tui/app.js');
        return await app.runApp(argv, io);
      }
      // One line saying why the app did not open, so a merchant who piped or scripted it knows.
      const why = io.env.CI === 'true' ? { zh: 'CI 环境', en: 'CI is set' } : !io.stdin.isTTY ? { zh: '标准输入不是终端', en: 'stdin is not a terminal' } : { zh: '标准输出不是终端', en: 'stdout is not a terminal' };
      io.stdout.write(
        lang === 'zh'
          ? `引导界面需要在终端里运行（${why.zh}），这里只显示帮助。\n\n`
          : `The guided app needs a terminal (${why.en}); showing help instead.\n\n`,
      );
      io.stdout.write(helpText(lang));
      return 0;
    }
    const entry = commands[first];
    if (!entry) {
      throw new UserError({
        zh: `未知命令「${first}」，运行 xhs-reply --help 查看可用命令`,
        en: `Unknown command "${first}"; run xhs-reply --help`,
      });
    }
    const mod = await entry.load();
    return await mod.run(rest, io);
  } catch (err) {
    if (err instanceof UserError) {
      // Messages quote the user's text (a key, a keyword, a file name): never raw control bytes.
      io.stderr.write(`xhs-reply: ${escapeControls(err.format(lang), { singleLine: true })}\n`);
      return 2;
    }
    const e = err as Error;
    io.stderr.write(
      `xhs-reply: ${lang === 'en' ? 'internal error' : '内部错误'}: ${escapeControls(e?.message ?? String(err), { singleLine: true })}` +
        (io.env.XHS_REPLY_DEBUG === '1' ? `\n${e?.stack ?? ''}` : '') +
        '\n',
    );
    return 2;
  }
}

