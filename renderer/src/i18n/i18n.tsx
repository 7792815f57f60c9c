import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../../../electron/api/kiosk';
import { en } from './messages-en';
import { vi, type MessageKey } from './messages-vi';

const tables: Record<Language, Record<MessageKey, string>> = { vi, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Fills {name} placeholders; unknown placeholders are left visible so a missing value is noticed. */
export function translate(language: Language, key: MessageKey, params?: Record<string, string | number>): string {
  const text = tables[language][key];
  return params ? text.replace(/\{(\w+)\}/g, (m, p: string) => (p in params ? String(params[p]) : m)) : text;
}

/** Turns an api error code into words, once, at the edge (house style §5). */
export function errorText(language: Language, code: string): string {
  const key = `error.${code}` as MessageKey;
  return key in tables[language] ? tables[language][key] : tables[language]['error.generic'];
}

const I18nContext = createContext<{ language: Language; setLanguage: (l: Language) => void; t: Translate } | null>(null);

export function I18nProvider({ initial = 'vi', children }: { initial?: Language; children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(initial);
  const value = useMemo(() => {
    document.documentElement.lang = language;
    return { language, setLanguage, t: ((key, params) => translate(language, key, params)) as Translate };
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n() {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
