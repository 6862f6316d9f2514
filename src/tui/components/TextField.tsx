// A text field as data: label, the text wrapped to the terminal width with the cursor and
// every finding's span marked (inverse, red for errors, yellow for warnings), and the
// findings underneath. Key handling lives in the app (keys.ts + text-edit.ts).
import { Box, Text } from 'ink';
import type { FieldFinding } from '../model.js';
import { useUi } from '../hooks/use-ui.js';
import { severityColour, SYMBOLS } from '../theme.js';
import { graphemes, padEnd, truncate, width as cols, wrapStyled, type Span } from '../width.js';
import { FindingList } from './FindingList.js';

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly focused: boolean;
  /** UTF-16 cursor offset; -1 = end. */
  readonly cursor?: number;
  readonly findings?: readonly FieldFinding[];
  /** Shown after the label, e.g. "12/300字" or the {{var}} name. */
  readonly hint?: string;
  /** The hint is a warning (a text over the backend's length limit). */
  readonly hintWarns?: boolean;
  readonly placeholder?: string;
  /** Most lines of text shown (the window follows the cursor). */
  readonly maxLines?: number;
  /** Most findings listed under the focused field. */
  readonly maxFindings?: number;
  /** Label column width; when set, label and a one-line text share a row. */
  readonly labelWidth?: number;
  /** The whole value is selected: the next typed character replaces it. */
  readonly selected?: boolean;
}

type CellStyle = 'plain' | 'cursor' | 'error' | 'warning' | 'invisible' | 'placeholder' | 'selected';

function styleOf(start: number, findings: readonly FieldFinding[], invisible: boolean): CellStyle {
  let severity = 0;
  for (const f of findings) if (start >= f.start && start < f.end && f.severity > severity) severity = f.severity;
  if (severity === 2) return 'error';
  if (severity === 1) return 'warning';
  return invisible ? 'invisible' : 'plain';
}

export function layoutText(value: string, cursor: number, focused: boolean, findings: readonly FieldFinding[], max: number, selected = false): { lines: Span<CellStyle>[][]; cursorLine: number } {
  const at = cursor < 0 || cursor > value.length ? value.length : cursor;
  const cells = graphemes(value).map((g) => ({
    shown: g.shown,
    width: g.width,
    style: (focused && selected ? 'selected' : focused && g.start === at ? 'cursor' : styleOf(g.start, findings, g.invisible)) as CellStyle,
    start: g.start,
  }));
  if (focused && at >= value.length) cells.push({ shown: ' ', width: 1, style: 'cursor', start: value.length });
  const lines = wrapStyled(cells, Math.max(4, max));
  let cursorLine = 0;
  if (focused) {
    let acc = 0;
    for (const [i, line] of lines.entries()) {
      const len = line.reduce((n, s) => n + graphemes(s.text).length, 0);
      if (cells.findIndex((c) => c.style === 'cursor') < acc + len) {
        cursorLine = i;
        break;
      }
      acc += len;
      cursorLine = i;
    }
  }
  return { lines, cursorLine };
}

/** The hint TextField shows after the label: a selected prefilled value says typing replaces it. */
export function shownHint(selected: boolean, hint: string | undefined): string | undefined {
  return selected ? '输入即替换 →修改' : hint;
}

/**
 * How TextField lays a value out: beside its label when it fits on one line in the columns the
 * label and hint leave, otherwise under the label at full width. FieldStack sizes its rows with
 * this same function, so the two can never disagree about a field's height.
 */
export function fieldLayout(value: string, cursor: number, focused: boolean, findings: readonly FieldFinding[], width: number, labelWidth: number | undefined, hint: string | undefined, selected = false) {
  const inlineWidth = labelWidth !== undefined ? width - labelWidth - 2 - (hint ? cols(hint) + 1 : 0) : 0;
  const inlineLayout = labelWidth !== undefined ? layoutText(value, cursor, focused, findings, inlineWidth, selected) : null;
  // One line beside the label when it fits; otherwise the label goes above the full-width text.
  const inline = inlineLayout !== null && inlineLayout.lines.length <= 1 && (!focused || findings.length === 0);
  const textWidth = inline ? inlineWidth : width - 2;
  const { lines, cursorLine } = inline && inlineLayout ? inlineLayout : layoutText(value, cursor, focused, findings, textWidth, selected);
  return { inline, textWidth, lines, cursorLine };
}

export function TextField(props: TextFieldProps) {
  const { theme, width } = useUi();
  const { label, value, focused, cursor = -1, findings = [], hint: givenHint, hintWarns = false, placeholder, maxLines = 3, maxFindings = 3, labelWidth } = props;
  const selected = focused && props.selected === true && value !== '';
  const hint = shownHint(selected, givenHint);
  const hintColour = hintWarns ? theme.warning : theme.muted;
  const errors = findings.filter((f) => f.severity === 2).length;
  const warnings = findings.length - errors;
  const { inline, textWidth, lines, cursorLine } = fieldLayout(value, cursor, focused, findings, width, labelWidth, hint, selected);
  const first = Math.max(0, Math.min(cursorLine - maxLines + 1, lines.length - maxLines));
  const visible = lines.slice(first, first + maxLines);
  const more = lines.length > first + maxLines;
  const colourOf = (style: CellStyle) =>
    style === 'error' ? severityColour(theme, 2) : style === 'warning' ? severityColour(theme, 1) : style === 'invisible' || style === 'placeholder' ? theme.muted : undefined;
  const summary = !focused && findings.length > 0 ? `${errors ? `${SYMBOLS.error}${errors}` : ''}${warnings ? ` ${SYMBOLS.warning}${warnings}` : ''}`.trim() : '';
  const head = `${focused ? SYMBOLS.pointer : ' '} ${label}`;
  const renderLine = (line: Span<CellStyle>[], key: number) => (
    <Text key={key}>
      {line.map((s, j) => (
        <Text key={j} inverse={s.style === 'cursor' || s.style === 'selected' || s.style === 'error' || s.style === 'warning'} color={s.style === 'cursor' || s.style === 'selected' ? undefined : colourOf(s.style)}>
          {s.text}
        </Text>
      ))}
    </Text>
  );
  const empty = value === '' && !focused;
  const body = empty ? (
    <Text color={theme.muted}>{truncate(placeholder ?? '（空）', textWidth)}</Text>
  ) : (
    <Box flexDirection="column">
      {visible.map(renderLine)}
      {more ? <Text color={theme.muted}>…</Text> : null}
    </Box>
  );
  const headLine = (
    <Text>
      <Text bold={focused} color={focused ? theme.accent : undefined}>
        {inline && labelWidth !== undefined ? padEnd(head, labelWidth) : head}
      </Text>
      {!inline && hint ? <Text color={hintColour}> {hint}</Text> : null}
      {summary ? <Text color={errors ? theme.error : theme.warning}> {summary}</Text> : null}
    </Text>
  );
  if (inline) {
    return (
      <Box>
        {headLine}
        <Box marginLeft={1} width={textWidth}>
          {body}
        </Box>
        {hint ? <Text color={hintColour}> {hint}</Text> : null}
      </Box>
    );
  }
  return (
    <Box flexDirection="column">
      {headLine}
      <Box paddingLeft={2}>{body}</Box>
      {focused ? <FindingList findings={findings} max={maxFindings} /> : null}
    </Box>
  );
}
