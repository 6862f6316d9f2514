// Export: the paste-ready sheet (same writer as `xhs-reply export`), written atomically next
// to the config, optionally copied to the clipboard; shows the path it wrote.
import { Box, Text } from 'ink';
import { Button, Choice, Toggle } from '../components/Controls.js';
import { FieldStack } from '../components/FieldStack.js';
import type { ReviewFinding } from '../findings.js';
import { countFindings } from '../findings.js';
import { useUi } from '../hooks/use-ui.js';
import { EXPORT_FORMATS, fields, valueOf, type ExportFormat } from '../state.js';
import { SYMBOLS } from '../theme.js';
import { truncate, wrap } from '../width.js';
import type { ScreenProps } from './types.js';

export interface ExportScreenProps extends ScreenProps {
  readonly findings: readonly ReviewFinding[];
}

const FORMAT_NOTES: Record<ExportFormat, string> = {
  txt: '按后台页面顺序编号的清单，逐项复制粘贴',
  csv: '表格（UTF-8 带 BOM，Excel/WPS 直接打开）',
  json: '给其他工具用的数据',
  yaml: '给其他工具或分享用',
  html: '网页：每项一个「复制」按钮，显示字数',
};

export function ExportScreen({ state, rows, findings }: ExportScreenProps) {
  const { theme, width } = useUi();
  const form = state.exportForm;
  const { errors } = countFindings(findings);
  const specs = fields(state);
  return (
    <Box flexDirection="column">
      <Text color={theme.muted}>{truncate('按后台顺序导出（欢迎语 → 快捷问题 → 关键词回复 → 商品卡片 → 跟单助手），变量已填好。', width)}</Text>
      <FieldStack
        specs={specs}
        values={specs.map((s) => valueOf(state, s))}
        focus={state.focus}
        fresh={state.fresh}
        cursor={state.cursor}
        config={state.config}
        rows={rows - 6}
        labelWidth={14}
        maxLines={1}
        render={(spec, focused) => {
          if (spec.id === 'format') return <Choice label="格式" options={EXPORT_FORMATS} value={form.format} focused={focused} />;
          if (spec.id === 'copy') return <Toggle label="复制到剪贴板" on={form.copy} focused={focused} />;
          if (spec.id === 'force') return <Toggle label="有错误也导出" on={form.force} focused={focused} />;
          if (spec.id === 'export') return <Button label={`导出 ${form.fileName}`} focused={focused} />;
          return undefined;
        }}
      />
      <Text color={theme.muted}>  {FORMAT_NOTES[form.format]}</Text>
      {errors > 0 ? (
        <Text color={theme.error}>
          {truncate(`${SYMBOLS.error} 还有 ${errors} 个错误：${form.force ? '将导出并在表中标注。' : '导出会被拒绝，先到「检查」修正，或勾选「有错误也导出」。'}`, width)}
        </Text>
      ) : (
        <Text color={theme.ok}>{SYMBOLS.ok} 没有错误，可以导出。</Text>
      )}
      {form.written ? (
        <Box flexDirection="column">
          {wrap(`${SYMBOLS.ok} 已写入 ${form.written}`, width).slice(0, 3).map((line, i) => (
            <Text key={i} color={theme.ok}>
              {line}
            </Text>
          ))}
        </Box>
      ) : null}
    </Box>
  );
}
