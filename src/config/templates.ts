// Category templates live in the package's templates/ folder (shipped with the package):
// found relative to this module, which works from src/ under vitest and from dist/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));

/** A bare name (apparel, my-base) names a template; anything with a slash or dot is a path. */
export function isTemplateName(entry: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(entry);
}

export function templatePath(name: string): string {
  return join(templatesDir, `${name}.yaml`);
}

/** The template's file, or undefined when no such template exists. */
export function findTemplate(name: string): string | undefined {
  if (!isTemplateName(name)) return undefined;
  const file = templatePath(name);
  return existsSync(file) ? file : undefined;
}

/** Names of all templates, sorted (default first: it is the one `init` uses). */
export function listTemplateNames(): string[] {
  let names: string[];
  try {
    names = readdirSync(templatesDir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.slice(0, -'.yaml'.length));
  } catch {
    return [];
  }
  return names.sort((a, b) => (a === 'default' ? -1 : b === 'default' ? 1 : a.localeCompare(b)));
}

const questionCache = new Map<string, readonly string[]>();

/**
 * The typical buyer questions a category template ships (templates/NAME.questions.txt), one a
 * line; empty for an unknown category. Read once per category: the 试一试 screen asks on
 * every keystroke.
 */
export function templateQuestions(category: string | undefined): readonly string[] {
  if (!category || !isTemplateName(category)) return [];
  let list = questionCache.get(category);
  if (!list) {
    try {
      list = readFileSync(join(templatesDir, `${category}.questions.txt`), 'utf8')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
    } catch {
      list = [];
    }
    questionCache.set(category, list);
  }
  return list;
}
