// The first screen: resume a draft, start from a category template, open the config in this
// folder, or lint an existing rule sheet.
import { Box, Text } from 'ink';
import { TextField } from '../components/TextField.js';
import { useUi } from '../hooks/use-ui.js';
import { SYMBOLS } from '../theme.js';
import { padEnd, truncate, width as cols } from '../width.js';
import type { ScreenProps } from './types.js';

export type StartItemId = 'resume' | 'discard' | 'continue' | 'new' | 'open' | 'sheet';

export interface StartItem {
  readonly id: StartItemId;
  readonly label: string;
  readonly detail?: string;
}

export interface TemplateInfo {
  readonly name: string;
  readonly description: string;
}

export interface StartContext {
  /** A draft left by Ctrl-C or a crash: when and for which file. */
  readonly draft: { readonly savedAt: string; readonly file: string } | null;
  /** The config file in the current folder, when there is one. */
  readonly configFile: string | null;
  /** A config is already open (the merchant came back to the start screen). */
  readonly loaded: boolean;
}

export function startItems(ctx: StartContext): StartItem[] {
  const items: StartItem[] = [];
  if (ctx.draft) {
    items.push({ id: 'resume', label: '恢复上次未保存的草稿', detail: `${ctx.draft.savedAt} · ${ctx.draft.file}` });
    items.push({ id: 'discard', label: '丢弃草稿' });
  }
  if (ctx.loaded) items.push({ id: 'continue', label: '继续编辑当前配置' });
  items.push({ id: 'new', label: '从模板新建', detail: '按店铺类目选一个合规的起步模板' });
  if (ctx.configFile) items.push({ id: 'open', label: `打开 ${ctx.configFile}`, detail: '继续完善已有的配置' });
  items.push({ id: 'sheet', label: '检查已有的关键词规则表', detail: 'csv / tsv / xlsx / txt / 后台复制的文字' });
  return items;
}

export interface StartScreenProps extends ScreenProps {
  readonly items: readonly StartItem[];
  readonly templates: readonly TemplateInfo[];
}

function Menu({ rows, selected }: { readonly rows: readonly { label: string; detail?: string }[]; readonly selected: number }) {
  const { theme, width } = useUi();
  const labelCols = Math.min(30, Math.max(...rows.map((r) => cols(r.label))) + 4);
  return (
    <Box flexDirection="column">
      {rows.map((r, i) => (
        <Text key={i}>
          <Text bold={i === selected} inverse={i === selected}>
            {padEnd(`${i === selected ? SYMBOLS.pointer : ' '} ${r.label}`, labelCols)}
          </Text>
          <Text color={theme.muted}> {truncate(r.detail ?? '', width - labelCols - 1)}</Text>
        </Text>
      ))}
    </Box>
  );
}

export function StartScreen({ state, rows, items, templates }: StartScreenProps) {
  const { theme, width } = useUi();
  const { mode, selected, sheetPath } = state.start;
  if (mode === 'templates') {
    const shown = templates.slice(0, Math.max(1, rows - 2));
    return (
      <Box flexDirection="column">
        <Text>选一个和店铺类目最接近的模板（之后每一条都能改）：</Text>
        <Menu rows={shown.map((t) => ({ label: t.name, detail: t.description }))} selected={selected} />
        {templates.length === 0 ? <Text color={theme.error}>没有找到模板文件（templates/*.yaml）。</Text> : null}
      </Box>
    );
  }
  if (mode === 'sheet') {
    return (
      <Box flexDirection="column">
        <Text>输入规则表的文件路径（相对当前文件夹），按 Enter 检查：</Text>
        <TextField label="文件" value={sheetPath} focused cursor={state.cursor} labelWidth={8} placeholder="例如 rules.csv" />
        <Text color={theme.muted}>{truncate('支持 csv、tsv、xlsx、txt，以及从后台「关键词回复」页复制的文字。', width)}</Text>
      </Box>
    );
  }
  return (
    <Box flexDirection="column">
      <Text>欢迎！这个向导帮你一步步搭好小红书店铺的客服自动回复，</Text>
      <Text>每段文字边写边检查会不会违规（站外导流、广告法极限词……）。</Text>
      <Text> </Text>
      <Menu rows={items} selected={selected} />
    </Box>
  );
}
