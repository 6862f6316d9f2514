// `?`: every key of the current screen and the global ones, from the same tables as the footer.
import React from 'react';
import { Box, Text } from 'ink';
import { globalKeys, keymaps, type Binding, type KeymapId } from '../keys.js';
import { useUi } from '../hooks/use-ui.js';
import { padEnd, truncate } from '../width.js';

const TEXT_KEYS: readonly { label: string; desc: string }[] = [
  { label: '←→', desc: '移动光标' },
  { label: 'Ctrl-A / Ctrl-E', desc: '到行首 / 行尾' },
  { label: 'Ctrl-U / Ctrl-K', desc: '删到行首 / 行尾' },
  { label: 'Backspace', desc: '删除前一个字' },
];

export function HelpOverlay({ keymap, inText, rows }: { readonly keymap: KeymapId; readonly inText: boolean; readonly rows: number }) {
  const { theme, width } = useUi();
  const seen = new Set<string>();
  const entries: { label: string; desc: string }[] = [];
  const add = (b: Pick<Binding, 'label' | 'desc'>) => {
    const k = `${b.label}\u0000${b.desc}`;
    if (seen.has(k)) return;
    seen.add(k);
    entries.push({ label: b.label, desc: b.desc });
  };
  keymaps[keymap].forEach(add);
  globalKeys.forEach(add);
  if (inText) TEXT_KEYS.forEach(add);
  const labelCols = 18;
  return (
    <Box flexDirection="column">
      <Text bold>全部按键（Esc 关闭）</Text>
      {entries.slice(0, rows - 2).map((e, i) => (
        <Text key={i}>
          <Text color={theme.key} bold>
            {padEnd(`  ${e.label}`, labelCols)}
          </Text>
          {truncate(e.desc, width - labelCols)}
        </Text>
      ))}
      {inText ? <Text color={theme.muted}>{truncate('在输入框里，字母和 ? 会直接输入；用 Ctrl-G 打开帮助。', width)}</Text> : null}
    </Box>
  );
}
