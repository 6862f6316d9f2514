// Bakes the second opinion's lookup tables (src/lint/second-opinion/model.ts bakeTables) into
// dist/lint/second-opinion/model-tables.bin, from the model.bin the build copied there: a check
// reads them instead of building them on its first text.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'dist', 'lint', 'second-opinion');

export async function bakeModelTables() {
  const { MODEL } = await import(pathToFileURL(join(dir, 'model.gen.js')).href);
  const { TABLES_FILE, shippedData } = await import(pathToFileURL(join(dir, 'index.js')).href);
  const { bakeTables, compileModel } = await import(pathToFileURL(join(dir, 'model.js')).href);
  if (MODEL.count === 0) return;
  writeFileSync(join(dir, TABLES_FILE), bakeTables(compileModel(shippedData())));
}
