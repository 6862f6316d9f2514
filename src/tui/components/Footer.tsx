// The current screen's keys, drawn from its key table (keys.ts), packed into at most two lines.
import React from 'react';
import { Box, Text } from 'ink';
import type { Binding } from '../keys.js';
import { useUi } from '../hooks/use-ui.js';
import { width as cols } from '../width.js';

export interface FooterProps {
  readonly bindings: readonly Binding[];
  readonly maxLines?: number;
}

/** Splits bindings into lines that fit `max` columns (two spaces between entries). */
export function packBindings(bindings: readonly Binding[], max: number, maxLines: number): Binding[][] {
  const lines: Binding[][] = [[]];
  let used = 0;
  for (const b of bindings) {
    const own = cols(`${b.label} ${b.desc}`);
    if (used > 0 && used + 2 + own > max) {
      if (lines.length === maxLines) break;
      lines.push([]);
      used = 0;
    }
    lines[lines.length - 1].push(b);
    used += (used > 0 ? 2 : 0) + own;
  }
  return lines;
}

export function Footer({ bindings, maxLines = 2 }: FooterProps) {
  const { theme, width } = useUi();
  const lines = packBindings(bindings, width, maxLines);
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <Text key={i} wrap="truncate-end">
          {line.map((b, j) => (
            <React.Fragment key={`${b.label}-${j}`}>
              {j > 0 ? '  ' : ''}
              <Text color={theme.key} bold>
                {b.label}
              </Text>
              <Text> {b.desc}</Text>
            </React.Fragment>
          ))}
        </Text>
      ))}
    </Box>
  );
}
