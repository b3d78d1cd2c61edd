import type { z } from 'astro/zod';
import type { Translator } from './i18n/translator';
import type { UiKey } from './i18n/ui';
import { idPattern } from './formats/id-pattern';
import type { CalloutLevel } from './markdown/vocabulary';
import { algorithmReferences, algorithmSchema, algorithmSharedFields, versionedTextTechnicalFields } from './schemas/algorithm';
import { categorySchema } from './schemas/category';
import { contactSchema } from './schemas/contact';
import { entryBaseSharedFields, entryBaseTechnicalFields, type ReferenceField } from './schemas/entry-base';
import { lessonIdPattern, lessonReferences, lessonSchema, lessonSharedFields } from './schemas/lesson';
import { minutesIdPattern, minutesReferences, minutesSchema, minutesSharedFields } from './schemas/minutes';
import { organisationSchema } from './schemas/organisation';
import { pageSchema } from './schemas/page';
import { recommendationReferences, recommendationSchema, recommendationSharedFields } from './schemas/recommendation';

/**
 * The site's structure, written once: every collection of content, what its files look like,
 * where its pages and open data live, and the fixed sections every language has. The content
 * loader, the content check, paths, open data, title cards, offline reading and the field
 * reference all read it here. A new collection is one entry below, its schema, its templates
 * and what messages call it in each UI strings file (`collectionLabel`).
 */

/**
 * A collection of MDX entries, one folder per language: `content/<name>/<lang>/<id>.mdx`. The
 * registry below is written against any reference target, since the names it holds are known
 * only once it is written; `entryCollections` then holds every target to one of those names.
 */
export interface EntryCollection<Target extends string = CollectionName> {
  name: string;
  schema: z.ZodType;
  /** Fields that must be equal in the original and every translation. */
  sharedFields: readonly string[];
  /**
   * Top-level fields that keep records rather than say anything (old addresses, version
   * bookkeeping): the web editor shows them after the text, their names marked «Додатково». They
   * stay where they are in the file.
   */
  technicalFields: readonly string[];
  references: readonly ReferenceField<Target>[];
  /** What a file name must look like, and how to say so. */
  idPattern: RegExp;
  idHint: string;
  /** The care card the text must open with, if any. */
  openingCard?: CalloutLevel;
  /**
   * Whether every statement of the text (step, card line, paragraph) must name the source that
   * supports it with `:source[id]`, an id of the entry's `sources`.
   */
  citesPerStatement?: boolean;
  /**
   * Whether its text is a lesson's: three to five `:::rules`, `:::why` for the older age bands,
   * `:::practice`, five `:::question` with one right answer each and `:::parents`, counted by the
   * content check (lib/content-check/lesson-shape.ts).
   */
  lessonShape?: boolean;
  /**
   * Where an entry's page is: `section` at /<lang>/<name>/<id>/ with an index at
   * /<lang>/<name>/, an open-data record and a title card; `standalone` at /<lang>/<id>/ for a
   * page that asks for one (privacy, staying safe online).
   */
  route: 'section' | 'standalone';
  /**
   * What an entry with a page of its own says it is (the `type` of its schema, its open-data
   * record and its JSON Schema's name): `algorithm`, `minutes`, `recommendation`.
   */
  entryType?: string;
  /** Whether its pages are kept on a reader's device after the first visit, for reading offline. */
  offline: boolean;
  /** Whether its pages' text is in the search index. */
  searchable: boolean;
  /** The ids its page template gives its own parts (beside `main`, which every page has); a link may point to them. */
  templateAnchors: readonly string[];
}

/** A data file of records with ids: `content/data/<name>.yaml`. */
export interface DataCollection {
  name: string;
  schema: z.ZodType;
}

const kebabHint = 'lowercase Latin letters, digits and hyphens, e.g. street-robbery.mdx';

export const entryRegistry = [
  {
    name: 'algorithms',
    schema: algorithmSchema,
    sharedFields: algorithmSharedFields,
    technicalFields: [...versionedTextTechnicalFields, ...entryBaseTechnicalFields],
    references: algorithmReferences,
    idPattern,
    idHint: kebabHint,
    openingCard: 'immediate',
    citesPerStatement: true,
    route: 'section',
    entryType: 'algorithm',
    offline: true,
    searchable: true,
    templateAnchors: ['about-heading', 'call-box-heading', 'sources-heading', 'changelog-heading', 'related-algorithms', 'lessons-heading'],
  },
  {
    name: 'minutes',
    schema: minutesSchema,
    sharedFields: minutesSharedFields,
    technicalFields: entryBaseTechnicalFields,
    references: minutesReferences,
    idPattern: minutesIdPattern,
    idHint: 'the meeting date then a short name, e.g. 2017-02-21-first-working-meeting.mdx',
    route: 'section',
    entryType: 'minutes',
    offline: false,
    searchable: true,
    templateAnchors: ['actions-heading', 'sources-heading', 'related-algorithms', 'related-recommendations'],
  },
  {
    name: 'recommendations',
    schema: recommendationSchema,
    sharedFields: recommendationSharedFields,
    technicalFields: entryBaseTechnicalFields,
    references: recommendationReferences,
    idPattern,
    idHint: kebabHint,
    route: 'section',
    entryType: 'recommendation',
    offline: false,
    searchable: true,
    templateAnchors: ['evidence-heading', 'related-minutes', 'related-algorithms'],
  },
  {
    name: 'lessons',
    schema: lessonSchema,
    sharedFields: lessonSharedFields,
    technicalFields: [...versionedTextTechnicalFields, ...entryBaseTechnicalFields],
    references: lessonReferences,
    idPattern: lessonIdPattern,
    idHint: 'the topic then the age band, e.g. mines-6-10.mdx',
    citesPerStatement: true,
    lessonShape: true,
    route: 'section',
    entryType: 'lesson',
    // A lesson is prepared ahead and printed; the copy on a reader's device holds what they need
    // in danger (the algorithms), so it stays small.
    offline: false,
    searchable: true,
    templateAnchors: ['print-heading', 'objectives-heading', 'rules-heading', 'why-heading', 'practice-heading', 'questions-heading', 'parents-heading', 'sources-heading', 'about-heading', 'changelog-heading'],
  },
  {
    name: 'pages',
    schema: pageSchema,
    sharedFields: ['standalone', ...entryBaseSharedFields],
    technicalFields: [],
    references: [],
    idPattern,
    idHint: kebabHint,
    route: 'standalone',
    offline: false,
    searchable: false,
    templateAnchors: [],
  },
] as const satisfies readonly EntryCollection<string>[];

export const dataRegistry = [
  { name: 'organisations', schema: organisationSchema },
  { name: 'contacts', schema: contactSchema },
  { name: 'categories', schema: categorySchema },
] as const satisfies readonly DataCollection[];

export const entryCollections: readonly EntryCollection[] = entryRegistry;
export const dataCollections: readonly DataCollection[] = dataRegistry;

export type EntryCollectionName = (typeof entryRegistry)[number]['name'];
/** The collections whose entries have pages of their own in a section: /<lang>/algorithms/<id>/. */
export type SectionCollectionName = Extract<(typeof entryRegistry)[number], { route: 'section' }>['name'];
export type DataCollectionName = (typeof dataRegistry)[number]['name'];
/** The `type` an entry with a page of its own says it is: `algorithm`, `minutes`, `recommendation`. */
export type SectionEntryType = z.output<Extract<(typeof entryRegistry)[number], { route: 'section' }>['schema']>['type'];

/** The `type` an entry of a collection with pages of its own says it is, as the registry gives it. */
export function entryTypeOf(collection: SectionCollectionName): SectionEntryType {
  return (entryCollections.find((candidate) => candidate.name === collection) as EntryCollection).entryType as SectionEntryType;
}
export type CollectionName = EntryCollectionName | DataCollectionName;

export const entryCollectionNames: EntryCollectionName[] = entryRegistry.map((collection) => collection.name);
export const sectionCollections = entryRegistry.filter((collection) => collection.route === 'section').map((collection) => collection.name) as SectionCollectionName[];

/** A published algorithm has a leaflet (A4 and A5 to print); no other entry has one. */
export const leafletCollection = 'algorithms' satisfies SectionCollectionName;
export function hasLeaflet(collection: string, data: { status?: unknown }): boolean {
  return collection === leafletCollection && data.status === 'published';
}

/**
 * What a published lesson prints as, each a page of its own under the lesson's page
 * (permalinks.ts spells where): the pupils' sheet (A4, no answers), the teacher's page (with the
 * answers and why), the parents' sheet (A4), and the poster of the rules on A3 and on A4.
 */
export const lessonSheets = ['pupils', 'teacher', 'parents', 'poster', 'poster-a4'] as const;
export type LessonSheet = (typeof lessonSheets)[number];

/** A published lesson has printable sheets and is in its age band's class pack; a retired one has neither. */
export const lessonSheetCollection = 'lessons' satisfies SectionCollectionName;
export function hasLessonSheets(collection: string, data: { status?: unknown }): boolean {
  return collection === lessonSheetCollection && data.status === 'published';
}

/** Whether a collection's entries have pages of their own in a section. */
export function isSectionCollection(name: string): name is SectionCollectionName {
  return (sectionCollections as readonly string[]).includes(name);
}

/** What entries with pages of their own say they are, in the registry's order: `algorithm`, `minutes`, `recommendation`. */
export const sectionEntryTypes: readonly SectionEntryType[] = sectionCollections.map(entryTypeOf);

/** The open-data schemas, each published at /api/v1/schema/<name>.json: one per entry type, and the index of a collection. */
export type OpenDataSchemaName = SectionEntryType | 'index';
export const openDataSchemaNames: readonly OpenDataSchemaName[] = [...sectionEntryTypes, 'index'];

/**
 * How messages name a collection, in a language's UI strings (`collection.<name>.singular` and
 * `.plural`), so that a message never names a thing by cutting letters off its folder.
 */
export function collectionLabel(t: Translator, name: CollectionName, form: 'singular' | 'plural' = 'singular'): string {
  return t(`collection.${name}.${form}` as UiKey);
}

/** Where a collection's files live, under the content folder: `algorithms/` or, for data, `data/contacts.yaml`. */
export function collectionSource(name: string): string {
  return dataRegistry.some((collection) => collection.name === name) ? `data/${name}.yaml` : `${name}/`;
}

/**
 * The sections every language has, each with a page at /<lang>/<section>/: one per collection
 * with pages of its own, and the fixed ones.
 */
export const sections = [...sectionCollections, 'contacts', 'organisations', 'translations', 'search', 'leaflets'] as const;
/** A section, or `categories`, whose pages are only per topic: /<lang>/categories/<id>/. */
export type Section = (typeof sections)[number] | 'categories';

/** The attribute that puts a page's entry text in the search index, for a collection that is searchable. */
export function searchIndexAttributes(collection: EntryCollectionName): Record<string, string> {
  return entryRegistry.find((candidate) => candidate.name === collection)?.searchable ? { 'data-pagefind-body': '' } : {};
}

/**
 * Where the web editor is, under the site's base (src/pages/admin/): a tool for editors, not a
 * page for readers, so it is kept out of the sitemap, the published addresses and the public
 * pages' security policy.
 */
export const webEditorPath = 'admin/';

/**
 * Where the review sheets are: one printable page per algorithm and language, for an expert to
 * check and sign (/<lang>/review-sheets/<id>/). A tool for editors, linked from their page: kept
 * out of the sitemap, the search index and the offline copy, and marked noindex.
 */
export const reviewSheetsFolder = 'review-sheets';

/** The id the layout gives every page's main content: the skip link's target. */
export const layoutAnchors = ['main'] as const;

/** The ids every entry page of a section gives the parts they all have (the share control). */
export const sectionEntryAnchors = ['share-heading'] as const;

/** Every id the template of a collection's pages gives its parts, the layout's included. */
export function templateAnchorsOf(collection: string): string[] {
  const entry = entryRegistry.find((candidate) => candidate.name === collection);
  return [...layoutAnchors, ...(entry?.route === 'section' ? sectionEntryAnchors : []), ...(entry?.templateAnchors ?? [])];
}
