import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { defaultLang, type Lang } from '../i18n/locales';
import type { LocalizedText } from '../schemas/fields';
import type { DataCollectionName } from '../site-structure';
import { siteSettings } from '../site-settings';

export type Contact = CollectionEntry<'contacts'>['data'];
export type Organisation = CollectionEntry<'organisations'>['data'];
export type Category = CollectionEntry<'categories'>['data'];

/** The text in `lang`, or in the default language where it has not been translated. */
export function inLang(text: LocalizedText | Record<string, string | undefined>, lang: Lang): string {
  // The schema requires the default language, so the fallback always exists.
  return text[lang] ?? (text as Record<string, string>)[defaultLang]!;
}

type RecordCollection = DataCollectionName;

const recordsById = new Map<RecordCollection, Promise<Map<string, unknown>>>();

/**
 * A build looks records up tens of thousands of times (every page's emergency strip, every
 * algorithm's contacts and category); each `getEntry()` copies the record afresh. A build reads
 * each collection once; `astro dev` asks every time, so an edit to a data file always shows.
 */
async function lookUp<C extends RecordCollection>(collection: C, id: string): Promise<CollectionEntry<C>['data'] | undefined> {
  if (import.meta.env.DEV || !siteSettings.optimised('record-cache')) return (await getEntry(collection, id))?.data as CollectionEntry<C>['data'] | undefined;
  let records = recordsById.get(collection);
  if (!records) recordsById.set(collection, (records = getCollection(collection).then((entries) => new Map(entries.map((entry) => [entry.id, entry.data])))));
  return (await records).get(id) as CollectionEntry<C>['data'] | undefined;
}

async function record<C extends RecordCollection>(collection: C, id: string) {
  const found = await lookUp(collection, id);
  // The content check has already proved every reference exists; this guards code paths.
  if (!found) throw new Error(`No ${collection} record with id "${id}"`);
  return found;
}

export const contactById = (id: string) => record('contacts', id);
export const organisationById = (id: string) => record('organisations', id);
export const categoryById = (id: string) => record('categories', id);

/** The contacts shown in the emergency strip on every page, in strip order. */
export async function stripContacts(): Promise<Contact[]> {
  const contacts = (await getCollection('contacts')).map((entry) => entry.data);
  return contacts.filter((contact) => contact.strip !== undefined).sort((a, b) => a.strip! - b.strip!);
}

export async function allContacts(): Promise<Contact[]> {
  return (await getCollection('contacts')).map((entry) => entry.data);
}

export async function allOrganisations(): Promise<Organisation[]> {
  return (await getCollection('organisations')).map((entry) => entry.data);
}

/** Categories in their display order. */
export async function allCategories(): Promise<Category[]> {
  return (await getCollection('categories')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
}
