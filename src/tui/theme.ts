// Colour tokens: components name what a colour means, never the colour itself, so a
// no-colour terminal (NO_COLOR) or another palette changes one place.
export interface Theme {
  readonly accent: string | undefined;
  readonly error: string | undefined;
  readonly warning: string | undefined;
  readonly ok: string | undefined;
  readonly muted: string | undefined;
  readonly chip: string | undefined;
  readonly key: string | undefined;
}

export const colourTheme: Theme = {
  accent: 'cyan',
  error: 'red',
  warning: 'yellow',
  ok: 'green',
  muted: 'gray',
  chip: 'blue',
  key: 'cyan',
};

/** Without colour, meaning still shows through symbols (✖ ⚠ ✔), bold and inverse. */
export const plainTheme: Theme = {
  accent: undefined,
  error: undefined,
  warning: undefined,
  ok: undefined,
  muted: undefined,
  chip: undefined,
  key: undefined,
};

export function themeFor(env: Readonly<Record<string, string | undefined>>): Theme {
  return env.NO_COLOR !== undefined && env.NO_COLOR !== '' ? plainTheme : colourTheme;
}

export function severityColour(theme: Theme, severity: 1 | 2): string | undefined {
  return severity === 2 ? theme.error : theme.warning;
}

export const SYMBOLS = { error: '✖', warning: '⚠', ok: '✔', pointer: '›', bullet: '·' } as const;
