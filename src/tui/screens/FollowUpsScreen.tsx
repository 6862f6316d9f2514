// 跟单助手 (follow-ups): messages the backend sends on order events — 催付, 核对地址, 发货提醒,
// 签收关怀. A list (add, delete, reorder) and an editor per message: scene, delay where the
// scene waits, and the text, linted as typed like every other text.
import { Box, Text } from 'ink';
import { followUpScene, followUpScenes, screen as backendScreen } from '../../backend/profile.js';
import type { FollowUp, FollowUpSceneId } from '../../config/types.js';
import { FieldStack } from '../components/FieldStack.js';
import { Choice } from '../components/Controls.js';
import { countsByItem, fieldConfigFindings, type ReviewFinding } from '../findings.js';
import { useUi } from '../hooks/use-ui.js';
import { fields, valueOf } from '../state.js';
import { SYMBOLS } from '../theme.js';
import { padEnd, truncate, width as cols } from '../width.js';
import { listWindowStart } from '../forms.js';
import type { ScreenProps } from './types.js';

export interface FollowUpsScreenProps extends ScreenProps {
  readonly findings: readonly ReviewFinding[];
}

export const sceneLabel = (scene: string): string => followUpScene(scene)?.label.zh ?? `${scene}（未知场景）`;

/** 「下单未付款 15 分钟后」: when the message goes, as the merchant thinks of it. */
export function whenLabel(item: FollowUp): string {
  const profile = followUpScene(item.scene);
  if (!profile) return '';
  return profile.delay ? `${profile.trigger.zh} ${item.delay_minutes ?? profile.delay.default.value} 分钟后` : `${profile.trigger.zh}时`;
}

function FollowUpRow({ item, index, selected, errors, warnings }: { readonly item: FollowUp; readonly index: number; readonly selected: boolean; readonly errors: number; readonly warnings: number }) {
  const { theme, width } = useUi();
  const flags = `${errors ? `${SYMBOLS.error}${errors}` : ''}${warnings ? `${errors ? ' ' : ''}${SYMBOLS.warning}${warnings}` : ''}`;
  const head = `${selected ? SYMBOLS.pointer : ' '} ${String(index + 1).padStart(3)} `;
  // Short, so the text keeps most of an 80-column row: the scene names its event already.
  const delay = followUpScene(item.scene)?.delay ? ` · ${item.delay_minutes ?? followUpScene(item.scene)!.delay!.default.value}分钟后` : '';
  const lead = padEnd(`${sceneLabel(item.scene)}${delay} `, 21);
  const rest = width - cols(head) - cols(lead) - 7;
  return (
    <Text inverse={selected}>
      {head}
      <Text color={selected ? undefined : theme.chip}>{lead}</Text>
      {padEnd(truncate(item.text || '（无内容）', rest), rest)}
      <Text color={errors ? theme.error : theme.warning}>{padEnd(flags ? ` ${flags}` : '', 7)}</Text>
    </Text>
  );
}

export function FollowUpsScreen({ state, rows, findings }: FollowUpsScreenProps) {
  const { theme, width } = useUi();
  const config = state.config;
  const items = config?.follow_ups ?? [];
  const { editing, selected } = state.followups;
  if (editing !== null && items[editing]) {
    const item = items[editing];
    const specs = fields(state);
    const scenePath = ['follow_ups', editing, 'scene'];
    // Config findings about the scene itself (a second 催付): the choice is not a text field,
    // so they are listed under it here.
    const sceneFindings = fieldConfigFindings(scenePath, '', 'text', findings);
    return (
      <Box flexDirection="column">
        <Text color={theme.muted}>{truncate(`编辑跟单消息 #${editing + 1}（${item.id}）· ${whenLabel(item)}发送 · Esc 返回`, width)}</Text>
        <FieldStack
          specs={specs}
          values={specs.map((s) => valueOf(state, s))}
          focus={state.focus}
          fresh={state.fresh}
          cursor={state.cursor}
          config={config}
          findings={findings}
          rows={rows - 1}
          maxLines={4}
          render={(spec, focused) =>
            spec.kind === 'choice' ? (
              <Box flexDirection="column">
                <Choice<FollowUpSceneId> label="场景" options={followUpScenes.map((s) => s.id)} value={item.scene} focused={focused} labelWidth={16} describe={sceneLabel} />
                {sceneFindings.map((f, k) => (
                  <Text key={k} color={f.severity === 2 ? theme.error : theme.warning}>
                    {truncate(`   ${f.severity === 2 ? SYMBOLS.error : SYMBOLS.warning} ${f.message}`, width)}
                  </Text>
                ))}
              </Box>
            ) : undefined
          }
        />
      </Box>
    );
  }
  const counts = countsByItem(findings, 'follow_ups');
  const listRows = Math.max(3, rows - 2);
  const first = listWindowStart(selected, items.length, listRows);
  const max = backendScreen('follow_ups').maxItems?.value;
  return (
    <Box flexDirection="column">
      <Text color={theme.muted}>{truncate(`跟单助手 ${items.length}/${max} 条：下单、付款、发货、签收时自动发给买家的消息。`, width)}</Text>
      {items.length === 0 ? (
        <Text color={theme.muted}>  还没有跟单消息（可以不设），按 a 新增，Ctrl-N 下一步。</Text>
      ) : (
        items.slice(first, first + listRows).map((item, k) => (
          <FollowUpRow
            key={item.id + (first + k)}
            item={item}
            index={first + k}
            selected={first + k === selected}
            errors={counts.get(first + k)?.errors ?? 0}
            warnings={counts.get(first + k)?.warnings ?? 0}
          />
        ))
      )}
      {items.length > first + listRows ? <Text color={theme.muted}>  ↓ 还有 {items.length - first - listRows} 条</Text> : null}
    </Box>
  );
}
