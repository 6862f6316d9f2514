// One field of a form, whatever its kind: a text (linted live as typed), a keyword list
// (linted keyword by keyword, shown as chips), a toggle or a button.
import { Box } from 'ink';
import type { Config, ConfigPath } from '../../config/types.js';
import { countChars, field as backendField, type FieldId } from '../../backend/profile.js';
import type { FieldSpec } from '../forms.js';
import { useFieldFindings } from '../hooks/use-field-findings.js';
import { resolveMapped, splitKeywords, type FieldFinding } from '../model.js';

const NONE: readonly FieldFinding[] = [];
import { useUi } from '../hooks/use-ui.js';
import { Chips } from './Chips.js';
import { Button } from './Controls.js';
import { TextField } from './TextField.js';

/** The backend field a config text is pasted into, for its length limit. */
export function backendFieldOf(path: ConfigPath | undefined): FieldId | undefined {
  if (!path) return undefined;
  const [top, , key] = path;
  if (top === 'welcome') return path[1] === 'text' ? 'welcome.text' : 'quick_questions.item';
  if (top === 'keyword_rules' && key === 'reply') return 'keyword_rules.reply';
  if (top === 'product_cards' && key === 'reply') return 'product_cards.reply';
  if (top === 'follow_ups' && key === 'text') return 'follow_ups.text';
  return undefined;
}

/** "12/300字" for a text pasted into a backend field, counted as the backend counts. */
export function lengthHint(raw: string, path: ConfigPath | undefined, config: Config | null): { text: string; over: boolean } | undefined {
  const id = backendFieldOf(path);
  if (!id || !config) return undefined;
  const n = countChars(resolveMapped(raw, config).text);
  const max = backendField(id).maxChars.value;
  return { text: `${n}/${max}字${n > max ? ' 超出' : ''}`, over: n > max };
}

/** The hint after a field's label: the keyword help while typing keywords, else the length or the spec's hint. */
export function formFieldHint(spec: FieldSpec, value: string, config: Config | null, focused: boolean, length = lengthHint(value, spec.path, config)): string | undefined {
  return spec.kind === 'keywords' && focused ? '用逗号分隔' : (length?.text ?? spec.hint);
}

export interface FormFieldProps {
  readonly spec: FieldSpec;
  readonly value: string;
  readonly focused: boolean;
  readonly cursor: number;
  readonly config: Config | null;
  readonly maxLines?: number;
  readonly maxFindings?: number;
  readonly labelWidth?: number;
  readonly placeholder?: string;
  /** Lint the text live (everything the buyer sees); off for ids and file names. */
  readonly lint?: boolean;
  /** Findings of the whole config that belong to this field (a shadowed keyword …). */
  readonly extra?: readonly FieldFinding[];
  /** The prefilled value is selected (typing replaces it). */
  readonly selected?: boolean;
}

export function FormField({ spec, value, focused, cursor, config, maxLines, maxFindings, labelWidth, placeholder, lint = true, extra = NONE, selected = false }: FormFieldProps) {
  const { width } = useUi();
  const keywords = spec.kind === 'keywords';
  const live = useFieldFindings(lint ? value : '', config, keywords);
  // The whole-config findings first: they are what review's Enter came here for.
  const findings = extra.length ? [...extra, ...live] : live;
  if (spec.kind === 'button') return <Button label={spec.label} focused={focused} />;
  const length = lengthHint(value, spec.path, config);
  const hint = formFieldHint(spec, value, config, focused, length);
  const field = (
    <TextField
      label={spec.label}
      value={value}
      focused={focused}
      cursor={cursor}
      findings={findings}
      hint={hint}
      hintWarns={length?.over ?? false}
      maxLines={maxLines}
      maxFindings={maxFindings}
      labelWidth={labelWidth}
      placeholder={placeholder}
      selected={selected}
    />
  );
  if (!keywords) return field;
  const words = splitKeywords(value);
  const flagged = new Set<number>();
  let offset = 0;
  // Mark the chips whose keyword holds a finding.
  for (const [i, w] of words.entries()) {
    const at = value.indexOf(w, offset);
    if (findings.some((f) => f.start < at + w.length && f.end > at)) flagged.add(i);
    offset = at + w.length;
  }
  return (
    <Box flexDirection="column">
      {field}
      <Box paddingLeft={2}>
        <Chips items={words} flagged={flagged} max={width - 2} />
      </Box>
    </Box>
  );
}
