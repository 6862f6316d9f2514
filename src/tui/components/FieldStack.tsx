// A column of form fields that scrolls so the focused one is always on screen within the
// rows the screen has (the app never grows past the terminal's 24 rows).
import React from 'react';
import { Box, Text } from 'ink';
import type { Config } from '../../config/types.js';
import { windowFields, type FieldSpec } from '../forms.js';
import { useUi } from '../hooks/use-ui.js';
import { FormField, formFieldHint } from './FormField.js';
import { fieldLayout, shownHint } from './TextField.js';
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
    const value = values[i] ?? '';
    const focused = i === focus;
    // Only the focused field lists its findings (unfocused ones show a count by the label).
    const listed = focused ? [...extras[i], ...(spec.noLint ? [] : lintField(value, config, spec.kind === 'keywords'))] : [];
    const below = focused ? findingRows(listed, width) : 0;
    // Laid out exactly as TextField draws it (same function, same hint): the cursor after the
    // last character takes a cell, and a one-line value sits beside its label only when it fits
    // in the columns the label and hint leave. Any disagreement runs the screen past its rows
    // and Ink squeezes the fields into each other.
    // Selected as TextField selects it: a fresh (prefilled) focused value that is not empty.
    const selected = fresh && focused && value !== '';
    const hint = shownHint(selected, formFieldHint(spec, value, config, focused));
    const { inline, lines: wrapped } = fieldLayout(value, focused ? cursor : -1, focused, listed, width, labelWidth, hint, selected);
    const all = wrapped.length;
    const lines = Math.min(maxLines, all);
    const chips = spec.kind === 'keywords' ? 1 : 0;
    return lines + (all > maxLines ? 1 : 0) + (inline ? 0 : 1) + chips + below;
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
