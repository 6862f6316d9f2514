// Try it: type a buyer's question and see which rule or card answers and the final reply,
// through the same matcher as `xhs-reply test`.
import { useMemo } from 'react';
import { Box, Text } from 'ink';
import { buildMatcher, matchingAssumption } from '../../backend/matcher.js';
import { TextField } from '../components/TextField.js';
import { useUi } from '../hooks/use-ui.js';
import { wrap } from '../width.js';
import { matchLabel } from './RulesScreen.js';
import { offerText, trySuggestion } from '../try-suggest.js';
import type { ScreenProps } from './types.js';

export function TryScreen({ state, rows }: ScreenProps) {
  const { theme, width } = useUi();
  const config = state.config;
  const matcher = useMemo(() => (config ? buildMatcher(config) : null), [config]);
  const question = state.question;
  const answer = question.trim() && matcher ? matcher.answer(question) : null;
  const tried = state.tried;
  const offer = useMemo(() => (answer || !question.trim() ? null : trySuggestion({ config, question, tried })), [answer, config, question, tried]);
  const note = wrap(matchingAssumption.zh, width - 2).slice(0, 3);
  const emptyReply = answer?.kind === 'keyword_rule' ? '（回复还空着：到「关键词」给这条规则写回复）' : '（只发送商品卡片，没有文字回复）';
  const replyLines = answer ? wrap(answer.reply || emptyReply, width - 4) : [];
  const room = Math.max(2, rows - 8 - note.length);
  return (
    <Box flexDirection="column">
      <Text color={theme.muted}>扮演买家提问，看看哪条规则会回复、买家最终收到什么。</Text>
      <TextField label="买家问" value={question} focused cursor={state.cursor} labelWidth={10} placeholder="例如：什么时候发货" />
      <Text> </Text>
      {!question.trim() ? (
        <Text color={theme.muted}>  输入问题后这里显示回复。</Text>
      ) : answer ? (
        <Box flexDirection="column">
          <Text>
            <Text color={theme.ok}>✔ 命中</Text>
            {answer.kind === 'keyword_rule'
              ? ` 关键词回复 #${answer.index + 1}（${answer.id}）`
              : ` 商品卡片 #${answer.index + 1}（${answer.name ?? answer.id}）`}
            ：关键词「{answer.keyword}」· {matchLabel(answer.match)}
          </Text>
          <Text bold>  买家收到：</Text>
          {replyLines.slice(0, room).map((line, i) => (
            <Text key={i}>    {line}</Text>
          ))}
          {replyLines.length > room ? <Text color={theme.muted}>    …</Text> : null}
        </Box>
      ) : (
        <Box flexDirection="column">
          <Text color={theme.warning}>没有规则能回答这个问题：买家要等人工客服回复。</Text>
          {offer ? (
            <Text>
              {offerText(offer)}
              <Text color={theme.muted}>　按 Enter 采用</Text>
            </Text>
          ) : (
            <Text color={theme.muted}>可以回到「关键词」加一条包含这个说法的规则。</Text>
          )}
        </Box>
      )}
      <Text> </Text>
      {note.map((line, i) => (
        <Text key={i} color={theme.muted}>
          {line}
        </Text>
      ))}
    </Box>
  );
}
