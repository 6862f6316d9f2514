// Live lint of one field: recomputed on every keystroke (no debounce — lintText of one text
// is far below a frame, see test/bench/relint.bench.mjs).
import { useMemo } from 'react';
import type { Config } from '../../config/types.js';
import { lintField, type FieldFinding } from '../model.js';

export function useFieldFindings(raw: string, config: Config | null, keywords = false): FieldFinding[] {
  // Lint settings are part of the key: changing the allowlist relints every field.
  const settings = config?.lint;
  const vars = config?.vars;
  const shop = config?.shop;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => lintField(raw, config, keywords), [raw, settings, vars, shop, keywords]);
}
