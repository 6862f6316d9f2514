// Always visible: the whole config's error and warning counts, whether there are unsaved
// changes, and the latest notice (saved, exported, refused…).
import { Box, Text } from 'ink';
import type { Notice } from '../state.js';
import { useUi } from '../hooks/use-ui.js';
import { SYMBOLS } from '../theme.js';
import { truncate, width as cols, wrap } from '../width.js';

export interface StatusLineProps {
  readonly errors: number;
  readonly warnings: number;
  readonly dirty: boolean;
  readonly loaded: boolean;
  readonly notice: Notice | null;
  /** Named when there is no notice: the finding of what is being edited or selected. */
  readonly finding?: { readonly severity: 1 | 2; readonly message: string };
}

function leftPart(loaded: boolean, errors: number, warnings: number, dirty: boolean): { counts: string; saved: string } {
  const counts = loaded ? `${SYMBOLS.error} ${errors} 错误  ${SYMBOLS.warning} ${warnings} 警告` : '';
  const saved = loaded ? (dirty ? '  ● 未保存' : '  已保存') : '';
  return { counts, saved };
}

/**
 * The lines a notice takes below the counts when it does not fit beside them (0, 1 or 2): a
 * message the merchant must read (「再按一次 Enter 放弃改动」) wraps instead of being cut.
 */
export function noticeLines(props: Pick<StatusLineProps, 'errors' | 'warnings' | 'dirty' | 'loaded' | 'notice'>, width: number): string[] {
  if (!props.notice) return [];
  const { counts, saved } = leftPart(props.loaded, props.errors, props.warnings, props.dirty);
  const room = width - cols(counts + saved) - 2;
  if (cols(props.notice.text) <= room) return [];
  const lines = wrap(props.notice.text, width);
  return lines.length <= 2 ? lines : [lines[0], truncate(lines.slice(1).join(''), width)];
}

export function StatusLine({ errors, warnings, dirty, loaded, notice: given, finding }: StatusLineProps) {
  const { theme, width } = useUi();
  const { counts, saved } = leftPart(loaded, errors, warnings, dirty);
  const left = counts + saved;
  const room = width - cols(left) - 2;
  const below = noticeLines({ errors, warnings, dirty, loaded, notice: given }, width);
  const notice: (Notice & { severity?: 1 | 2 }) | null =
    given ?? (finding ? { kind: finding.severity === 2 ? 'error' : 'info', text: `${finding.severity === 2 ? SYMBOLS.error : SYMBOLS.warning} ${finding.message}`, severity: finding.severity } : null);
  const noticeText = notice && below.length === 0 ? truncate(notice.text, Math.max(0, room)) : '';
  const noticeColour = notice?.severity === 1 ? theme.warning : notice?.kind === 'error' ? theme.error : notice?.kind === 'ok' ? theme.ok : theme.accent;
  return (
    <Box flexDirection="column">
    <Text>
      {loaded ? (
        <>
          <Text color={errors ? theme.error : theme.ok} bold={errors > 0}>
            {SYMBOLS.error} {errors} 错误
          </Text>
          <Text color={warnings ? theme.warning : theme.ok}>
            {'  '}
            {SYMBOLS.warning} {warnings} 警告
          </Text>
          <Text color={dirty ? theme.warning : theme.muted}>{saved}</Text>
        </>
      ) : null}
      {noticeText ? (
        <Text color={noticeColour}>
          {loaded ? '  ' : ''}
          {noticeText}
        </Text>
      ) : null}
    </Text>
      {below.map((line, i) => (
        <Text key={i} color={noticeColour}>
          {line}
        </Text>
      ))}
    </Box>
  );
}
