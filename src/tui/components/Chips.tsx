// Keywords as chips on one line; what does not fit is counted ("+3"), never overflows.
import { Text } from 'ink';
import { useUi } from '../hooks/use-ui.js';
import { truncate, width as cols } from '../width.js';

export interface ChipsProps {
  readonly items: readonly string[];
  /** Columns available; defaults to the app width. */
  readonly max?: number;
  /** Items that have a finding are drawn in the error colour. */
  readonly flagged?: ReadonlySet<number>;
}

export function fitChips(items: readonly string[], max: number): { shown: string[]; rest: number } {
  const shown: string[] = [];
  let used = 0;
  for (const [i, item] of items.entries()) {
    const restLabel = i < items.length - 1 ? cols(` +${items.length - i - 1}`) : 0;
    const chip = `[${truncate(item, 16)}]`;
    const w = cols(chip) + (shown.length ? 1 : 0);
    if (used + w + restLabel > max) return { shown, rest: items.length - i };
    shown.push(chip);
    used += w;
  }
  return { shown, rest: 0 };
}

export function Chips({ items, max, flagged }: ChipsProps) {
  const { theme, width } = useUi();
  const { shown, rest } = fitChips(items, max ?? width);
  if (items.length === 0) return <Text color={theme.muted}>（还没有关键词）</Text>;
  return (
    <Text>
      {shown.map((chip, i) => (
        <Text key={i} color={flagged?.has(i) ? theme.error : theme.chip}>
          {i > 0 ? ' ' : ''}
          {chip}
        </Text>
      ))}
      {rest > 0 ? <Text color={theme.muted}> +{rest}</Text> : null}
    </Text>
  );
}
