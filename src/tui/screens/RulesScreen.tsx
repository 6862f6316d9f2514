// Keyword rules: a searchable list (add, delete, reorder — order decides which rule answers
// first) and the editor of one rule: keywords as chips, match mode, reply linted as typed.
import { Box, Text } from 'ink';
import { backendProfile, screen as backendScreen } from '../../backend/profile.js';
import type { KeywordRule } from '../../config/types.js';
import { FieldStack } from '../components/FieldStack.js';
import { Choice } from '../components/Controls.js';
import { TextField } from '../components/TextField.js';
import { countsByItem, type ReviewFinding } from '../findings.js';
import { useUi } from '../hooks/use-ui.js';
import { resolveMapped } from '../model.js';
import { fitChips } from '../components/Chips.js';
import { fields, valueOf } from '../state.js';
import { SYMBOLS } from '../theme.js';
import { padEnd, truncate, width as cols } from '../width.js';
import { listWindowStart } from '../forms.js';
import type { ScreenProps } from './types.js';

export interface RulesScreenProps extends ScreenProps {
  readonly findings: readonly ReviewFinding[];
}

/** Indices of the rules matching the search (keyword, reply or id contain the query). */
export function filterRules(rules: readonly KeywordRule[], query: string): number[] {
  const q = query.trim().toLowerCase();
  const out: number[] = [];
  rules.forEach((r, i) => {
    if (!q || r.id.toLowerCase().includes(q) || (r.reply ?? '').toLowerCase().includes(q) || r.keywords.some((k) => k.toLowerCase().includes(q))) out.push(i);
  });
  return out;
}

/** The first keyword of a rule or card that has a finding of its own. */
export function flaggedKeywordOf(findings: readonly ReviewFinding[], top: 'keyword_rules' | 'product_cards', index: number): number | undefined {
  const f = findings.find((x) => x.path[0] === top && x.path[1] === index && x.path[2] === 'keywords' && typeof x.path[3] === 'number');
  return f ? Number(f.path[3]) : undefined;
}

export const matchLabel = (mode: string | undefined) => backendProfile.matching.labels[(mode ?? 'contains') as 'contains' | 'exact'].zh;

export function ItemRow({ index, selected, title, keywords, reply, errors, warnings, flaggedKeyword }: {
  readonly index: number;
  readonly selected: boolean;
  /** Shown before the keywords (a product card's name). */
  readonly title?: string;
  readonly keywords: readonly string[];
  readonly reply: string;
  readonly errors: number;
  readonly warnings: number;
  /** A keyword with a finding: the chips never hide it behind 「+N」. */
  readonly flaggedKeyword?: number;
}) {
  const { theme, width } = useUi();
  const flags = `${errors ? `${SYMBOLS.error}${errors}` : ''}${warnings ? `${errors ? ' ' : ''}${SYMBOLS.warning}${warnings}` : ''}`;
  const head = `${selected ? SYMBOLS.pointer : ' '} ${String(index + 1).padStart(3)} `;
  const rest = width - cols(head) - 7;
  // Wider terminals give the extra room mostly to the reply preview.
  const kwCols = Math.floor(rest * (width > 100 ? 0.4 : 0.5));
  const lead = title ? `${truncate(title, Math.floor(kwCols / 2))} ` : '';
  // Keywords as chips, like the editor shows them; what does not fit is counted.
  const { shown, rest: more, skipped } = fitChips(keywords, kwCols - cols(lead), flaggedKeyword);
  const chips = keywords.length === 0 ? '（无关键词）' : `${skipped ? `${skipped}… ` : ''}${shown.join(' ')}${more ? ` +${more}` : ''}`;
  return (
    <Text inverse={selected}>
      {head}
      {lead}
      <Text color={selected ? undefined : theme.chip}>{padEnd(chips, kwCols - cols(lead))}</Text>
      {' → '}
      {padEnd(reply || '（无回复）', rest - kwCols - 3)}
      <Text color={errors ? theme.error : theme.warning}>{padEnd(flags ? ` ${flags}` : '', 7)}</Text>
    </Text>
  );
}

export function RulesScreen({ state, rows, findings }: RulesScreenProps) {
  const { theme, width } = useUi();
  const config = state.config;
  const rules = config?.keyword_rules ?? [];
  const { editing, selected, query, searching } = state.rules;
  if (editing !== null && rules[editing]) {
    const rule = rules[editing];
    const specs = fields(state);
    const preview = config ? resolveMapped(rule.reply ?? '', config).text : '';
    return (
      <Box flexDirection="column">
        <Text color={theme.muted}>{truncate(`编辑关键词回复 #${editing + 1}（${rule.id}）· Esc 返回列表`, width)}</Text>
        <FieldStack
          specs={specs}
          values={specs.map((s) => valueOf(state, s))}
          focus={state.focus}
          cursor={state.cursor}
          config={config}
          findings={findings}
          rows={rows - 2}
          maxLines={4}
          render={(spec, focused) =>
            spec.kind === 'toggle' ? (
              <Choice label="匹配方式" options={['contains', 'exact'] as const} value={rule.match ?? 'contains'} focused={focused} labelWidth={12} describe={matchLabel} hint="空格 切换" />
            ) : undefined
          }
        />
        {preview && preview !== rule.reply ? (
          <Text color={theme.muted} wrap="truncate-end">
            {truncate(`买家看到：${preview}`, width)}
          </Text>
        ) : null}
      </Box>
    );
  }
  const visible = filterRules(rules, query);
  const counts = countsByItem(findings, 'keyword_rules');
  const listRows = Math.max(3, rows - 3);
  const pos = Math.max(0, visible.indexOf(visible[selected] ?? -1));
  const first = listWindowStart(pos, visible.length, listRows);
  const max = backendScreen('keyword_rules').maxItems?.value;
  return (
    <Box flexDirection="column">
      <Text color={theme.muted}>
        {truncate(`关键词回复 ${rules.length}/${max} 条：买家消息含关键词时自动回复，排在前面的先匹配。`, width)}
      </Text>
      {searching || query ? (
        <TextField label="搜索" value={query} focused={searching} cursor={state.cursor} labelWidth={8} placeholder="输入关键词或回复里的字" />
      ) : (
        <Text color={theme.muted}>按 / 搜索，a 新增，Enter 编辑</Text>
      )}
      {visible.length === 0 ? (
        <Text color={theme.muted}>{rules.length === 0 ? '  还没有关键词回复，按 a 新增一条。' : '  没有符合搜索的规则。'}</Text>
      ) : (
        visible.slice(first, first + listRows).map((i, k) => (
          <ItemRow
            key={rules[i].id + i}
            index={i}
            selected={first + k === selected}
            keywords={rules[i].keywords ?? []}
            reply={rules[i].reply ?? ''}
            errors={counts.get(i)?.errors ?? 0}
            warnings={counts.get(i)?.warnings ?? 0}
            flaggedKeyword={flaggedKeywordOf(findings, 'keyword_rules', i)}
          />
        ))
      )}
      {visible.length > first + listRows ? <Text color={theme.muted}>  ↓ 还有 {visible.length - first - listRows} 条</Text> : null}
    </Box>
  );
}
