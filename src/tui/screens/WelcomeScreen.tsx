// The welcome message and its quick questions (the buttons under it in the chat).
import { Box, Text } from 'ink';
import { screen as backendScreen } from '../../backend/profile.js';
import { FieldStack } from '../components/FieldStack.js';
import { fields, valueOf } from '../state.js';
import { useUi } from '../hooks/use-ui.js';
import type { ScreenProps } from './types.js';

export function WelcomeScreen({ state, rows, findings }: ScreenProps) {
  const { theme } = useUi();
  const specs = fields(state);
  const questions = state.config?.welcome?.quick_questions?.length ?? 0;
  const max = backendScreen('quick_questions').maxItems?.value;
  return (
    <Box flexDirection="column">
      <Text color={theme.muted}>
        买家进店先看到欢迎语；快捷问题 {questions}/{max} 个，Ctrl-D 删除所在的问题。
      </Text>
      <FieldStack
        specs={specs}
        values={specs.map((s) => valueOf(state, s))}
        focus={state.focus}
        cursor={state.cursor}
        config={state.config}
        findings={findings}
        rows={rows - 1}
        labelWidth={14}
        maxLines={4}
      />
    </Box>
  );
}
