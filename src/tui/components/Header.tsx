// The title and the step bar: where the merchant is in the flow, and which file is edited.
import React from 'react';
import { Box, Text } from 'ink';
import { FLOW, stepOf, type ScreenId } from '../model.js';
import { useUi } from '../hooks/use-ui.js';
import { truncate, width as cols } from '../width.js';

export interface HeaderProps {
  readonly screen: ScreenId;
  readonly file: string | null;
}

export function Header({ screen, file }: HeaderProps) {
  const { theme, width } = useUi();
  const current = stepOf(screen);
  const title = 'xhs-reply 小红书客服自动回复';
  const fileLabel = file ? truncate(file, Math.max(0, width - cols(title) - 3)) : '';
  // The step bar fits 80 columns: 8 steps, short names, single separators.
  return (
    <Box flexDirection="column">
      <Text>
        <Text bold color={theme.accent}>
          {title}
        </Text>
        {fileLabel ? <Text color={theme.muted}>{'  '}{fileLabel}</Text> : null}
      </Text>
      <Text wrap="truncate-end">
        {FLOW.map((s, i) => (
          <React.Fragment key={s.id}>
            {i > 0 ? <Text color={theme.muted}> › </Text> : null}
            <Text bold={i === current} inverse={i === current} color={i < current ? theme.ok : i === current ? undefined : theme.muted}>
              {i + 1}
              {s.title}
            </Text>
          </React.Fragment>
        ))}
      </Text>
    </Box>
  );
}
