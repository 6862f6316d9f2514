// Validation of a merged config: the schema (precompiled by the build, never compiled at
// runtime) plus what a schema cannot say — ids must be unique, since `extends` merges by id.
import validateSchema from './generated/schema-validator.js';
import { schemaProblems, type SchemaProblem } from './schema-messages.js';
import type { ConfigPath } from './types.js';

function duplicateIds(data: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  if (data === null || typeof data !== 'object') return problems;
  for (const list of ['keyword_rules', 'product_cards', 'follow_ups'] as const) {
    const items = (data as Record<string, unknown>)[list];
    if (!Array.isArray(items)) continue;
    const first = new Map<string, number>();
    items.forEach((item, i) => {
      const id = item !== null && typeof item === 'object' ? (item as Record<string, unknown>).id : undefined;
      if (typeof id !== 'string') return;
      const earlier = first.get(id);
      if (earlier === undefined) {
        first.set(id, i);
        return;
      }
      const path: ConfigPath = [list, i, 'id'];
      problems.push({
        path,
        atKey: false,
        message: {
          zh: `id「${id}」重复（与 ${list}[${earlier}] 相同），每条的 id 必须唯一`,
          en: `duplicate id "${id}" (same as ${list}[${earlier}]); ids must be unique`,
        },
      });
    });
  }
  return problems;
}

/** Every problem in the data, in document order of paths as ajv reports them. */
export function validateConfigData(data: unknown): SchemaProblem[] {
  const problems = validateSchema(data) ? [] : schemaProblems(validateSchema.errors ?? [], data);
  return [...problems, ...duplicateIds(data)];
}
