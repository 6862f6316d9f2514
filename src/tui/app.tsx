// Placeholder entry of the guided app until its screens land; starts and quits with q / Ctrl-C.
import React from 'react';
import { Box, Text, render, useApp, useInput } from 'ink';
import type { Io } from '../io.js';

function Placeholder() {
  const { exit } = useApp();
  useInput((input, key) => {
    if (input === 'q' || (key.ctrl && input === 'c')) exit();
  });
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>xhs-reply 小红书客服自动回复</Text>
      <Text>按 q 退出</Text>
    </Box>
  );
}

export async function runApp(_args: string[], _io: Io): Promise<number> {
  const instance = render(<Placeholder />, { exitOnCtrlC: false });
  await instance.waitUntilExit();
  return 0;
}
