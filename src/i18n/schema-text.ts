import type { Lang } from './locales';
import { schemaTextUk } from './schema-text/uk';

/** The schemas' words per language, keyed by their English (see schema-text/uk.ts). */
const schemaTexts: Partial<Record<Lang, Record<string, string>>> = { uk: schemaTextUk };

/** A schema's description or rule message in `lang`; in English where there is no translation. */
export function schemaText(lang: Lang, english: string): string {
  return schemaTexts[lang]?.[english] ?? english;
}
