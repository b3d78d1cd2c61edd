import { isLang, localeOf, type Lang } from './locales';
import { fieldLabelsUk } from './schema-text/field-labels-uk';
import { schemaTextUk } from './schema-text/uk';

/** The schemas' words per language, keyed by their English (see schema-text/uk.ts). */
const schemaTexts: Partial<Record<Lang, Record<string, string>>> = { uk: schemaTextUk };

/** A schema's description or rule message in `lang`; in English where there is no translation. */
export function schemaText(lang: Lang, english: string): string {
  return schemaTexts[lang]?.[english] ?? english;
}

/** The fields' short names per language, by key (see schema-text/field-labels-uk.ts). */
const fieldLabels: Partial<Record<Lang, Record<string, string>>> = { uk: fieldLabelsUk };

/**
 * What the web editor calls a field in `lang`: its short name with its key, "Заголовок (title)",
 * so an editor can match it to the check's messages; a field given per language is named by the
 * language; where there is no name, the key alone.
 */
export function fieldLabel(lang: Lang, key: string): string {
  if (isLang(key)) return localeOf(key).endonym;
  const label = fieldLabels[lang]?.[key];
  return label ? `${label} (${key})` : key;
}
