import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { defaultLang, type Lang } from '../i18n/locales';
import type { LocalizedText } from '../schemas/fields';

export type Contact = CollectionEntry<'contacts'>['data'];
export type Organisation = CollectionEntry<'organisations'>['data'];
export type Category = CollectionEntry<'categories'>['data'];

/** The text in `lang`, or in the default language where it has not been translated. */
export function inLang(text: LocalizedText | Record<string, string | undefined>, lang: Lang): string {
  // The schema requires the default language, so the fallback always exists.
  return text[lang] ?? (text as Record<string, string>)[defaultLang]!;
}

async function record<C extends 'contacts' | 'organisations' | 'categories'>(collection: C, id: string) {
  const found = await getEntry(collection, id);
  // The content check has already proved every reference exists; this guards code paths.
  if (!found) throw new Error(`No ${collection} record with id "${id}"`);
  return found.data as CollectionEntry<C>['data'];
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
