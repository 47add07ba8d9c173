import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en.ts';
import { zh } from './locales/zh.ts';
import type { I18nText } from '../core/index.ts';
import type { Language } from '../store/uiSlice.ts';

/** Starts i18next with both languages bundled (nothing is fetched at run time). */
export function initI18n(language: Language) {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, zh: { translation: zh } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  return i18next;
}

/** The text of a bilingual schema string in the current language. */
export function pickText(text: I18nText, language: Language): string {
  return language === 'zh' ? text.zh : text.en;
}
