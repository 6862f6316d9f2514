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

function fitFrom(items: readonly string[], from: number, max: number): { shown: string[]; rest: number } {
  const shown: string[] = [];
  const lead = from > 0 ? cols(`${from}… `) : 0;
  let used = lead;
  for (let i = from; i < items.length; i++) {
    const restLabel = i < items.length - 1 ? cols(` +${items.length - i - 1}`) : 0;
    const chip = `[${truncate(items[i], 16)}]`;
    const w = cols(chip) + (shown.length ? 1 : 0);
    if (used + w + restLabel > max) return { shown, rest: items.length - i };
    shown.push(chip);
    used += w;
  }
  return { shown, rest: 0 };
}

/**
 * The chips that fit in `max` columns, counting the rest (「+3」). When `mustShow` (a keyword
 * with a finding) would be hidden behind the count, the row starts later instead, with the
 * skipped ones counted in front (「2… 」), so a flagged keyword is never hidden.
 */
export function fitChips(items: readonly string[], max: number, mustShow?: number): { shown: string[]; rest: number; skipped: number } {
  const all = fitFrom(items, 0, max);
  if (mustShow === undefined || mustShow < all.shown.length || mustShow >= items.length) return { ...all, skipped: 0 };
  let from = mustShow;
  while (from > 0 && fitFrom(items, from - 1, max).shown.length > mustShow - from + 1) from--;
  return { ...fitFrom(items, from, max), skipped: from };
}

export function Chips({ items, max, flagged }: ChipsProps) {
  const { theme, width } = useUi();
  const firstFlagged = flagged && flagged.size ? Math.min(...flagged) : undefined;
  const { shown, rest, skipped } = fitChips(items, max ?? width, firstFlagged);
  if (items.length === 0) return <Text color={theme.muted}>（还没有关键词）</Text>;
  return (
    <Text>
      {skipped > 0 ? <Text color={theme.muted}>{skipped}… </Text> : null}
      {shown.map((chip, i) => (
        <Text key={i} color={flagged?.has(i + skipped) ? theme.error : theme.chip} inverse={flagged?.has(i + skipped)}>
          {i > 0 ? ' ' : ''}
          {chip}
        </Text>
      ))}
      {rest > 0 ? <Text color={theme.muted}> +{rest}</Text> : null}
    </Text>
  );
}
