// Review: every finding of the whole config (the same lintConfig as `xhs-reply lint`),
// in backend order; Enter jumps to the text's screen and field.
import { Box, Text } from 'ink';
import type { Config, ConfigPath } from '../../config/types.js';
import type { ReviewFinding } from '../findings.js';
import { countFindings } from '../findings.js';
import { useUi } from '../hooks/use-ui.js';
import { describePath } from '../model.js';
import { severityColour, SYMBOLS } from '../theme.js';
import { padEnd, truncate, width as cols, wrap } from '../width.js';
import { listWindowStart } from '../forms.js';
import type { ScreenProps } from './types.js';
import { maxOf } from '../../arrays.js';

export interface ReviewScreenProps extends ScreenProps {
  readonly findings: readonly ReviewFinding[];
}

/** The list's place column: 「规则 #4 · 关键词「几天发货呢」」; the detail below names it in full. */
export function shortPlace(path: ConfigPath, config: Config | null): string {
  return describePath(path, config).replace(/^关键词回复 #/, '规则 #').replace(/^商品卡片 #/, '卡片 #');
}

export function ReviewScreen({ state, rows, findings }: ReviewScreenProps) {
  const { theme, width } = useUi();
  const { errors, warnings } = countFindings(findings);
  if (findings.length === 0) {
    return (
      <Box flexDirection="column">
        <Text color={theme.ok}>{SYMBOLS.ok} 全部检查通过：没有错误，也没有警告。</Text>
        <Text color={theme.muted}>按 Ctrl-N 去导出。</Text>
      </Box>
    );
  }
  const selected = Math.min(state.review.selected, findings.length - 1);
  const current = findings[selected];
  const detail = [...wrap(current.message, width - 4), ...(current.suggestion ? wrap(`建议：${current.suggestion}`, width - 4) : [])].slice(0, 4);
  const listRows = Math.max(3, rows - 3 - detail.length);
  const first = listWindowStart(selected, findings.length, listRows);
  // The place column as wide as its longest entry, up to 40% of the row; messages get the rest.
  const whereCols = Math.min(Math.floor(width * 0.4), maxOf(findings.map((f) => cols(shortPlace(f.path, state.config))), 12));
  return (
    <Box flexDirection="column">
      <Text>
        共 <Text color={errors ? theme.error : theme.ok}>{errors} 个错误</Text>、<Text color={warnings ? theme.warning : theme.ok}>{warnings} 个警告</Text>
        <Text color={theme.muted}>{errors ? '（有错误时导出会被拒绝）' : ''}</Text>
      </Text>
      {findings.slice(first, first + listRows).map((f, k) => {
        const i = first + k;
        const mark = f.severity === 2 ? SYMBOLS.error : SYMBOLS.warning;
        const where = padEnd(truncate(shortPlace(f.path, state.config), whereCols), whereCols);
        return (
          <Text key={i} inverse={i === selected}>
            <Text color={i === selected ? undefined : severityColour(theme, f.severity)}>{i === selected ? SYMBOLS.pointer : ' '}{mark} </Text>
            {where} {truncate(f.message, width - whereCols - cols(mark) - 4)}
          </Text>
        );
      })}
      {findings.length > first + listRows ? <Text color={theme.muted}>  ↓ 还有 {findings.length - first - listRows} 条</Text> : <Text> </Text>}
      <Box flexDirection="column" paddingLeft={2}>
        <Text color={theme.muted}>{truncate(`${current.ruleId} · ${describePath(current.path, state.config)}`, width - 2)}</Text>
        {detail.map((line, i) => (
          <Text key={i}>{line}</Text>
        ))}
      </Box>
    </Box>
  );
}
