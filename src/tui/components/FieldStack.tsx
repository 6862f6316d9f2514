// A column of form fields that scrolls so the focused one is always on screen within the
// rows the screen has (the app never grows past the terminal's 24 rows).
import React from 'react';
import { Box, Text } from 'ink';
import type { Config } from '../../config/types.js';
import { windowFields, type FieldSpec } from '../forms.js';
import { useUi } from '../hooks/use-ui.js';
import { FormField } from './FormField.js';
import { layoutText } from './TextField.js';
import { findingRows } from './FindingList.js';
import { lintField } from '../model.js';
import { fieldConfigFindings, type ReviewFinding } from '../findings.js';

export interface FieldStackProps {
  readonly specs: readonly FieldSpec[];
  readonly values: readonly string[];
  readonly focus: number;
  readonly cursor: number;
  readonly config: Config | null;
  readonly rows: number;
  /** Label column for one-line fields (shop info); undefined: label above the text. */
  readonly labelWidth?: number;
  readonly maxLines?: number;
  /** The focused field's prefilled value is selected (State.fresh). */
  readonly fresh?: boolean;
  /** The whole config's findings: each field shows its own (see fieldConfigFindings). */
  readonly findings?: readonly ReviewFinding[];
  /** Per-field override of how the field is drawn (toggles, choices). */
  readonly render?: (spec: FieldSpec, focused: boolean) => React.ReactNode | undefined;
}

export function FieldStack({ specs, values, focus, cursor, config, rows, labelWidth, maxLines = 4, render, findings = [], fresh = false }: FieldStackProps) {
  const { theme, width } = useUi();
  const extras = specs.map((spec, i) => (spec.kind === 'text' || spec.kind === 'keywords' ? fieldConfigFindings(spec.path, values[i], spec.kind, findings) : []));
  const heights = specs.map((spec, i) => {
    if (spec.kind !== 'text' && spec.kind !== 'keywords') return 1;
    // Wrapped as TextField draws it: the focused field's cursor after the last character takes a
    // cell, so a text exactly as wide as the field puts it on a row of its own (missing that row
    // ran the screen past its rows and Ink squeezed the fields into each other).
    const all = layoutText(values[i] ?? '', i === focus ? cursor : -1, i === focus, [], width - 2).lines.length;
    const lines = Math.min(maxLines, all);
    const chips = spec.kind === 'keywords' ? 1 : 0;
    // Only the focused field lists its findings (unfocused ones show a count by the label).
    const below = i === focus ? findingRows([...extras[i], ...(spec.noLint ? [] : lintField(values[i], config, spec.kind === 'keywords'))], width) : 0;
    const inline = labelWidth !== undefined && lines === 1 && below === 0 ? 0 : 1;
    return lines + (all > maxLines ? 1 : 0) + inline + chips + below;
  });
  // The "more above/below" markers take a row each, only when they show.
  let { from, to } = windowFields(heights, focus, rows);
  const markers = (from > 0 ? 1 : 0) + (to < specs.length ? 1 : 0);
  if (markers > 0) ({ from, to } = windowFields(heights, focus, rows - markers));
  if (from > 0 && to < specs.length && markers < 2) ({ from, to } = windowFields(heights, focus, rows - 2));
  return (
    <Box flexDirection="column">
      {from > 0 ? <Text color={theme.muted}>  ↑ 上面还有 {from} 项</Text> : null}
      {specs.slice(from, to).map((spec, k) => {
        const i = from + k;
        const custom = render?.(spec, i === focus);
        if (custom !== undefined) return <Box key={spec.id}>{custom}</Box>;
        return (
          <FormField
            key={spec.id}
            spec={spec}
            value={values[i]}
            focused={i === focus}
            cursor={i === focus ? cursor : -1}
            config={config}
            labelWidth={labelWidth}
            maxLines={maxLines}
            lint={!spec.noLint}
            extra={extras[i]}
            selected={fresh && i === focus}
          />
        );
      })}
      {to < specs.length ? <Text color={theme.muted}>  ↓ 下面还有 {specs.length - to} 项</Text> : null}
    </Box>
  );
}
