export type Lang = 'zh' | 'en';
export interface Localized {
  readonly zh: string;
  readonly en: string;
}

export function pick(text: Localized, lang: Lang): string {
  return lang === 'en' ? text.en : text.zh;
}

/** --lang wins over XHS_REPLY_LANG; Simplified Chinese is the default. */
export function langFrom(args: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? env.XHS_REPLY_LANG : args[i].includes('=') ? args[i].slice(7) : args[i + 1];
  return value === 'en' ? 'en' : 'zh';
}
