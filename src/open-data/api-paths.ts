import type { Lang } from '../i18n/locales';
import type { RecordSchemaName } from './record-schemas';
import { sectionCollections, type SectionCollectionName } from '../site-structure';
import { siteSettings } from '../site-settings';

const { base } = siteSettings;

/** Every collection with pages of its own has open data: its index and a record per entry. */
export type ApiCollection = SectionCollectionName;
export const apiCollections: readonly ApiCollection[] = sectionCollections;

/** `/api/v1/uk/algorithms.json` (the index) or `/api/v1/uk/algorithms/street-robbery.json`. Version 1 never changes shape. */
export function apiPath(lang: Lang, collection: ApiCollection, id?: string): string {
  return id ? `${base}api/v1/${lang}/${collection}/${id}.json` : `${base}api/v1/${lang}/${collection}.json`;
}

export function schemaPath(name: RecordSchemaName): string {
  return `${base}api/v1/schema/${name}.json`;
}
