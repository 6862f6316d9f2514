// Small focusable controls: a button, a checkbox-like toggle and a one-of-many choice.
import { Text } from 'ink';
import { useUi } from '../hooks/use-ui.js';
import { SYMBOLS } from '../theme.js';
import { padEnd } from '../width.js';

export function Button({ label, focused }: { readonly label: string; readonly focused: boolean }) {
  const { theme } = useUi();
  return (
    <Text>
      {focused ? SYMBOLS.pointer : ' '}{' '}
      <Text inverse={focused} bold={focused} color={focused ? theme.accent : undefined}>
        [ {label} ]
      </Text>
    </Text>
  );
}

export function Toggle({ label, on, focused, labelWidth = 14 }: { readonly label: string; readonly on: boolean; readonly focused: boolean; readonly labelWidth?: number }) {
  const { theme } = useUi();
  return (
    <Text>
      <Text bold={focused} color={focused ? theme.accent : undefined}>
        {padEnd(`${focused ? SYMBOLS.pointer : ' '} ${label}`, labelWidth)}
      </Text>{' '}
      <Text color={on ? theme.ok : theme.muted}>{on ? '[x] 是' : '[ ] 否'}</Text>
      {focused ? <Text color={theme.muted}>  空格 切换</Text> : null}
    </Text>
  );
}

export function Choice<T extends string>({
  label,
  options,
  value,
  focused,
  labelWidth = 14,
  describe,
  hint = '←→ 切换',
}: {
  readonly label: string;
  readonly options: readonly T[];
  readonly value: T;
  readonly focused: boolean;
  readonly labelWidth?: number;
  readonly describe?: (option: T) => string;
  readonly hint?: string;
}) {
  const { theme } = useUi();
  return (
    <Text>
      <Text bold={focused} color={focused ? theme.accent : undefined}>
        {padEnd(`${focused ? SYMBOLS.pointer : ' '} ${label}`, labelWidth)}
      </Text>
      {options.map((o) => (
        // Brackets mark the choice even without colour or inverse (NO_COLOR, screen readers).
        <Text key={o} bold={o === value} color={o === value ? theme.accent : theme.muted}>
          {o === value ? `[${describe ? describe(o) : o}]` : ` ${describe ? describe(o) : o} `}
        </Text>
      ))}
      {focused ? <Text color={theme.muted}>  {hint}</Text> : null}
    </Text>
  );
}
