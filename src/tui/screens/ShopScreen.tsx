// Shop info: name, category and the variables the replies use ({{ship_days}} …), so a
// change here updates every reply at once.
import { Box, Text } from 'ink';
import { FieldStack } from '../components/FieldStack.js';
import { Choice } from '../components/Controls.js';
import { categoryName, categoryOptions } from '../forms.js';
import { fields, valueOf } from '../state.js';
import { useUi } from '../hooks/use-ui.js';
import type { ScreenProps } from './types.js';

export function ShopScreen({ state, rows, findings }: ScreenProps) {
  const { theme } = useUi();
  const specs = fields(state);
  return (
    <Box flexDirection="column">
      <Text color={theme.muted}>店铺信息和变量：回复里写 {'{{变量名}}'}，导出时换成这里的值。</Text>
      <FieldStack
        specs={specs}
        values={specs.map((s) => valueOf(state, s))}
        focus={state.focus}
        fresh={state.fresh}
        cursor={state.cursor}
        config={state.config}
        findings={findings}
        rows={rows - 1}
        labelWidth={22}
        maxLines={2}
        render={(spec, focused) =>
          spec.kind === 'choice' ? (
            <Choice
              label="类目"
              options={categoryOptions(state.config?.shop?.category)}
              value={state.config?.shop?.category ?? 'general'}
              focused={focused}
              labelWidth={22}
              describe={categoryName}
            />
          ) : undefined
        }
      />
    </Box>
  );
}
