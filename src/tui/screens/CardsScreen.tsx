// Product cards: when a buyer's message holds a card's keyword the backend sends the
// product card with its reply. A list (add, delete, reorder) and an editor per card.
import { Box, Text } from 'ink';
import { screen as backendScreen } from '../../backend/profile.js';
import { FieldStack } from '../components/FieldStack.js';
import { countsByItem, type ReviewFinding } from '../findings.js';
import { useUi } from '../hooks/use-ui.js';
import { fields, valueOf } from '../state.js';
import { truncate } from '../width.js';
import { listWindowStart } from '../forms.js';
import { flaggedKeywordOf, ItemRow } from './RulesScreen.js';
import type { ScreenProps } from './types.js';

export interface CardsScreenProps extends ScreenProps {
  readonly findings: readonly ReviewFinding[];
}

export function CardsScreen({ state, rows, findings }: CardsScreenProps) {
  const { theme, width } = useUi();
  const config = state.config;
  const cards = config?.product_cards ?? [];
  const { editing, selected } = state.cards;
  if (editing !== null && cards[editing]) {
    const card = cards[editing];
    const specs = fields(state);
    return (
      <Box flexDirection="column">
        <Text color={theme.muted}>{truncate(`编辑商品卡片 #${editing + 1}（${card.id}）· 商品ID 在商品管理里复制 · Esc 返回`, width)}</Text>
        <FieldStack
          specs={specs}
          values={specs.map((s) => valueOf(state, s))}
          focus={state.focus}
          cursor={state.cursor}
          config={config}
          findings={findings}
          rows={rows - 1}
          maxLines={4}
        />
      </Box>
    );
  }
  const counts = countsByItem(findings, 'product_cards');
  const listRows = Math.max(3, rows - 2);
  const first = listWindowStart(selected, cards.length, listRows);
  const max = backendScreen('product_cards').maxItems?.value;
  return (
    <Box flexDirection="column">
      <Text color={theme.muted}>{truncate(`商品卡片 ${cards.length}/${max} 张：买家提到关键词时发出商品卡片和回复。`, width)}</Text>
      {cards.length === 0 ? (
        <Text color={theme.muted}>  还没有商品卡片（可以不设），按 a 新增，Ctrl-N 下一步。</Text>
      ) : (
        cards.slice(first, first + listRows).map((card, k) => (
          <ItemRow
            key={card.id + (first + k)}
            index={first + k}
            selected={first + k === selected}
            title={card.name || card.product_id}
            keywords={card.keywords ?? []}
            reply={card.reply ?? ''}
            errors={counts.get(first + k)?.errors ?? 0}
            warnings={counts.get(first + k)?.warnings ?? 0}
            flaggedKeyword={flaggedKeywordOf(findings, 'product_cards', first + k)}
          />
        ))
      )}
      {cards.length > first + listRows ? <Text color={theme.muted}>  ↓ 还有 {cards.length - first - listRows} 张</Text> : null}
    </Box>
  );
}
