// The findings of one text under its field: what is wrong (quoting the span) and, for the
// first one that has a rewrite, the key that applies it.
import { Box, Text } from 'ink';
import type { FieldFinding } from '../model.js';
import { fixable } from '../model.js';
import { useUi } from '../hooks/use-ui.js';
import { severityColour, SYMBOLS } from '../theme.js';
import { truncate, wrap } from '../width.js';

export interface FindingListProps {
  readonly findings: readonly FieldFinding[];
  /** Most findings shown; the rest are counted. */
  readonly max?: number;
  /** Lines one message may take. */
  readonly linesPerFinding?: number;
  readonly fixKey?: string;
  readonly indent?: number;
}

export function fixPreview(finding: FieldFinding): string {
  return finding.fix ? finding.fix.text : finding.suggestion ?? '';
}

/** Rows the list takes at this width: the same cut as the component draws. */
export function findingRows(findings: readonly FieldFinding[], width: number, { max = 3, linesPerFinding = 2, indent = 2 } = {}): number {
  if (findings.length === 0) return 0;
  const inner = width - indent - 2;
  let rows = 0;
  for (const f of findings.slice(0, max)) rows += Math.min(linesPerFinding, wrap(f.message, inner).length);
  if (findings.length > max) rows++;
  if (fixable(findings)) rows++;
  return rows;
}

export function FindingList({ findings, max = 3, linesPerFinding = 2, fixKey = 'Ctrl-F', indent = 2 }: FindingListProps) {
  const { theme, width } = useUi();
  if (findings.length === 0) return null;
  const inner = width - indent - 2;
  const shown = findings.slice(0, max);
  const first = fixable(findings);
  return (
    <Box flexDirection="column" paddingLeft={indent}>
      {shown.map((f, i) => {
        const lines = wrap(f.message, inner);
        const cut = lines.length > linesPerFinding ? [...lines.slice(0, linesPerFinding - 1), truncate(lines.slice(linesPerFinding - 1).join(''), inner)] : lines;
        return (
          <Box key={i} flexDirection="column">
            {cut.map((line, j) => (
              <Text key={j}>
                <Text color={severityColour(theme, f.severity)}>{j === 0 ? (f.severity === 2 ? SYMBOLS.error : SYMBOLS.warning) : ' '} </Text>
                {line}
              </Text>
            ))}
          </Box>
        );
      })}
      {findings.length > shown.length ? <Text color={theme.muted}>  …还有 {findings.length - shown.length} 条</Text> : null}
      {first ? (
        <Text>
          <Text color={theme.key} bold>
            {fixKey}
          </Text>
          <Text> {truncate(fixPreview(first) === '' ? '删除这段文字' : `改为「${fixPreview(first)}」`, inner - fixKey.length - 1)}</Text>
        </Text>
      ) : null}
    </Box>
  );
}
