import type { Lang } from '../i18n/locales';
import type { RecordSchemaName } from './record-schemas';
import { siteSettings } from '../site-settings';

const { base } = siteSettings;

export type ApiCollection = 'algorithms' | 'minutes' | 'recommendations';
export const apiCollections: readonly ApiCollection[] = ['algorithms', 'minutes', 'recommendations'];

/** `/api/v1/uk/algorithms.json` (the index) or `/api/v1/uk/algorithms/street-robbery.json`. Version 1 never changes shape. */
export function apiPath(lang: Lang, collection: ApiCollection, id?: string): string {
  return id ? `${base}api/v1/${lang}/${collection}/${id}.json` : `${base}api/v1/${lang}/${collection}.json`;
}

export function schemaPath(name: RecordSchemaName): string {
  return `${base}api/v1/schema/${name}.json`;
}
