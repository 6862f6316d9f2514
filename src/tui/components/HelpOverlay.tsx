// `?`: every key of the current screen and the global ones, from the same tables as the
// footer, in two columns so the whole list fits 80×24.
import { Box, Text } from 'ink';
import { helpBindings, type KeymapId } from '../keys.js';
import { useUi } from '../hooks/use-ui.js';
import { padEnd, truncate } from '../width.js';

const TEXT_KEYS: readonly { label: string; desc: string }[] = [
  { label: '←→', desc: '移动光标' },
  { label: 'Ctrl-A/E', desc: '到开头/结尾' },
  { label: 'Ctrl-U/K', desc: '删到开头/结尾' },
  { label: 'Backspace', desc: '删除前一个字' },
];

export function HelpOverlay({ keymap, inText, rows }: { readonly keymap: KeymapId; readonly inText: boolean; readonly rows: number }) {
  const { theme, width } = useUi();
  const entries = [...helpBindings(keymap), ...(inText ? TEXT_KEYS : [])];
  const perColumn = Math.max(1, Math.min(rows - 3, Math.ceil(entries.length / 2)));
  const columnWidth = Math.floor(width / 2);
  const labelCols = 12;
  const cell = (e: { label: string; desc: string } | undefined) =>
    e ? (
      <>
        <Text color={theme.key} bold>
          {padEnd(` ${e.label}`, labelCols)}
        </Text>
        {padEnd(e.desc, columnWidth - labelCols)}
      </>
    ) : null;
  return (
    <Box flexDirection="column">
      <Text bold>全部按键（Esc 关闭）</Text>
      {Array.from({ length: perColumn }, (_, i) => (
        <Text key={i}>
          {cell(entries[i])}
          {cell(entries[i + perColumn])}
        </Text>
      ))}
      {inText ? <Text color={theme.muted}>{truncate('在输入框里，字母和 ? 会直接输入；这时用 Ctrl-G 打开帮助。', width)}</Text> : null}
    </Box>
  );
}
