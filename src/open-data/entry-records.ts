import { render } from 'astro:content';
import type { z } from 'astro/zod';
import { langCodes, type Lang } from '../i18n/locales';
import { categoryById, contactById, inLang, organisationById } from '../lib/data-records';
import { isoDate } from '../lib/dates';
import type { LocalizedEntry } from '../lib/entries';
import { leafletPath, pathTo, schemaPath, switchLanguage } from '../lib/permalinks';
import { dialDigits } from '../formats/phone-number';
import { algorithmRecord, lessonRecord, minutesRecord, recommendationRecord } from './record-schemas';
import type { QuestionSummary } from '../markdown/lesson-render';
import { entryTypeOf, hasLeaflet, type SectionCollectionName } from '../site-structure';
import { entryHtml } from './entry-html';
import { textParts } from './text-parts';
import { versionReview } from '../lib/version-reviews';
import type { StatementSummary } from '../markdown/remark-vocabulary';

/** Turns paths into absolute addresses on the site. */
export type Absolute = (pathname: string) => string;


/** The fields every entry's file has: addresses, languages, the text in three forms. */
async function commonFields<C extends SectionCollectionName>(collection: C, item: LocalizedEntry<C>, lang: Lang, absolute: Absolute) {
  const page = pathTo(lang, collection, item.id);
  const url = absolute(page);
  const html = await entryHtml(item);
  const parts = textParts(html, url);
  return {
    $schema: absolute(schemaPath(entryTypeOf(collection))),
    id: item.id,
    lang,
    contentLang: item.contentLang,
    translated: item.translated,
    url,
    alternates: Object.fromEntries(langCodes.map((code) => [code, absolute(switchLanguage(page, code))])),
    previousIds: item.original.data.previousIds,
    title: item.entry.data.title,
    summary: item.entry.data.summary,
    html: parts.html,
    text: parts.text,
    steps: parts.steps,
  };
}

const named = async (id: string, lookup: (id: string) => Promise<{ name: Record<string, string | undefined> }>, lang: Lang) => ({ id, name: inLang((await lookup(id)).name, lang) });
type Citation = { title: string; url?: string | undefined; publisher?: string | undefined; checked?: Date | undefined };
const citations = (items: Citation[]) =>
  items.map(({ title, url, publisher, checked }) => ({ title, ...(url ? { url } : {}), ...(publisher ? { publisher } : {}), ...(checked ? { checked: isoDate(checked) } : {}) }));

/** The numbers an entry tells people to call, with where each was checked. */
function contactRecords(ids: string[], lang: Lang) {
  return Promise.all(
    ids.map(async (id) => {
      const contact = await contactById(id);
      return {
        id,
        name: inLang(contact.name, lang),
        number: contact.number,
        dial: dialDigits(contact.number),
        free: contact.free,
        hours: inLang(contact.hours, lang),
        source: { title: contact.source.title, url: contact.source.url },
        checked: isoDate(contact.checked),
      };
    }),
  );
}

/** An algorithm's statements as its page rendered them: which sources each step and card line cites. */
async function statementsOf(item: LocalizedEntry<'algorithms'>): Promise<StatementSummary[]> {
  return (await render(item.entry)).remarkPluginFrontmatter.statements as StatementSummary[];
}

async function algorithmData(item: LocalizedEntry<'algorithms'>, lang: Lang, absolute: Absolute): Promise<z.infer<typeof algorithmRecord>> {
  const data = item.entry.data;
  const { steps, ...common } = await commonFields('algorithms', item, lang, absolute);
  const statements = await statementsOf(item);
  const sourcesOfStep = new Map(statements.filter((statement) => statement.step).map((statement) => [statement.step!.anchor, statement.sources]));
  const contacts = await contactRecords(data.contacts, lang);
  return algorithmRecord.parse({
    ...common,
    type: 'algorithm',
    category: await named(data.category, categoryById, lang),
    audience: data.audience,
    status: data.status,
    version: data.version,
    ...(data.translationOf ? { translationOf: data.translationOf } : {}),
    outdated: item.outdated,
    changelog: data.changelog.map((change) => ({ version: change.version, date: isoDate(change.date), note: change.note })),
    reviewed: isoDate(data.reviewed),
    nextReview: isoDate(data.nextReview),
    developedBy: await Promise.all(data.developedBy.map((id) => named(id, organisationById, lang))),
    fieldTesting: Object.fromEntries(Object.entries(data.fieldTesting).filter(([, value]) => value !== undefined)),
    reviewedBy: await Promise.all(
      data.reviewedBy.map(async (reviewer) => ({ organisation: await named(reviewer.organisation, organisationById, lang), capacity: reviewer.capacity, version: reviewer.version, date: isoDate(reviewer.date), ...(reviewer.name ? { name: reviewer.name } : {}) })),
    ),
    reviewedVersion: versionReview(data.reviewedBy, data.version).state === 'current',
    sources: data.sources.map((source) => ({ ...(source.id ? { id: source.id } : {}), ...citations([source])[0]! })),
    related: data.related.map((id) => absolute(pathTo(lang, 'algorithms', id))),
    keywords: data.keywords,
    contacts,
    card: statements.filter((statement) => statement.kind === 'card').map((statement) => ({ text: statement.paragraphs.join(' '), sources: statement.sources })),
    steps: steps.map((step) => ({ ...step, sources: sourcesOfStep.get(step.anchor) ?? [] })),
    ...(hasLeaflet('algorithms', data) ? { leaflet: absolute(leafletPath(lang, item.id)) } : {}),
  });
}

async function lessonData(item: LocalizedEntry<'lessons'>, lang: Lang, absolute: Absolute): Promise<z.infer<typeof lessonRecord>> {
  const data = item.entry.data;
  const { steps: _steps, ...common } = await commonFields('lessons', item, lang, absolute);
  const rendered = (await render(item.entry)).remarkPluginFrontmatter;
  const statements = rendered.statements as StatementSummary[];
  const questions = rendered.questions as QuestionSummary[];
  const answers = statements.filter((statement) => statement.kind === 'answer');
  const of = (kind: StatementSummary['kind']) => statements.filter((statement) => statement.kind === kind).map((statement) => ({ text: statement.paragraphs.join(' '), sources: statement.sources }));
  return lessonRecord.parse({
    ...common,
    type: 'lesson',
    algorithm: { id: data.algorithm, url: absolute(pathTo(lang, 'algorithms', data.algorithm)) },
    ageBand: data.ageBand,
    status: data.status,
    version: data.version,
    ...(data.translationOf ? { translationOf: data.translationOf } : {}),
    outdated: item.outdated,
    changelog: data.changelog.map((change) => ({ version: change.version, date: isoDate(change.date), note: change.note })),
    reviewed: isoDate(data.reviewed),
    nextReview: isoDate(data.nextReview),
    developedBy: await Promise.all(data.developedBy.map((id) => named(id, organisationById, lang))),
    fieldTesting: Object.fromEntries(Object.entries(data.fieldTesting).filter(([, value]) => value !== undefined)),
    sources: data.sources.map((source) => ({ ...(source.id ? { id: source.id } : {}), ...citations([source])[0]! })),
    keywords: data.keywords,
    contacts: await contactRecords(data.contacts, lang),
    objectives: data.objectives,
    rules: of('rule'),
    why: of('why'),
    practice: of('practice'),
    questions: questions.map((question, index) => ({ question: question.question, answers: question.answers, why: question.why, sources: answers[index]?.sources ?? [] })),
    parents: of('parents'),
  });
}

async function minutesData(item: LocalizedEntry<'minutes'>, lang: Lang, absolute: Absolute): Promise<z.infer<typeof minutesRecord>> {
  const data = item.entry.data;
  const { steps: _steps, ...common } = await commonFields('minutes', item, lang, absolute);
  return minutesRecord.parse({
    ...common,
    type: 'minutes',
    date: isoDate(data.date),
    place: data.place,
    participants: await Promise.all(
      data.participants.map(async (participant) => ({
        ...(participant.organisation ? { organisation: await named(participant.organisation, organisationById, lang) } : {}),
        ...(participant.group ? { group: participant.group } : {}),
        ...(participant.count ? { count: participant.count } : {}),
      })),
    ),
    agenda: data.agenda,
    decisions: data.decisions,
    actions: await Promise.all(
      data.actions.map(async (action) => ({
        what: action.what,
        ...(action.owner ? { owner: await named(action.owner, organisationById, lang) } : {}),
        ...(action.due ? { due: action.due } : {}),
        status: action.status,
      })),
    ),
    relatedAlgorithms: data.relatedAlgorithms.map((id) => absolute(pathTo(lang, 'algorithms', id))),
    relatedRecommendations: data.relatedRecommendations.map((id) => absolute(pathTo(lang, 'recommendations', id))),
    sources: citations(data.sources),
  });
}

async function recommendationData(item: LocalizedEntry<'recommendations'>, lang: Lang, absolute: Absolute): Promise<z.infer<typeof recommendationRecord>> {
  const data = item.entry.data;
  const { steps: _steps, ...common } = await commonFields('recommendations', item, lang, absolute);
  return recommendationRecord.parse({
    ...common,
    type: 'recommendation',
    addressee: data.addressee,
    status: data.status,
    history: data.history.map((change) => ({ status: change.status, date: isoDate(change.date), ...(change.note ? { note: change.note } : {}) })),
    evidence: citations(data.evidence),
    relatedMinutes: data.relatedMinutes.map((id) => absolute(pathTo(lang, 'minutes', id))),
    relatedAlgorithms: data.relatedAlgorithms.map((id) => absolute(pathTo(lang, 'algorithms', id))),
  });
}

/** How entries of one collection become open data: the full record, and the day of the latest change the index lists. */
interface OpenDataAdapter<C extends SectionCollectionName> {
  record: (item: LocalizedEntry<C>, lang: Lang, absolute: Absolute) => Promise<unknown>;
  updated: (data: LocalizedEntry<C>['entry']['data']) => string;
}

/** One adapter per collection with pages of its own: TypeScript fails here when a collection lacks one. */
const openDataAdapters: { [C in SectionCollectionName]: OpenDataAdapter<C> } = {
  algorithms: { record: algorithmData, updated: (data) => isoDate(data.changelog.at(-1)!.date) },
  minutes: { record: minutesData, updated: (data) => isoDate(data.date) },
  recommendations: { record: recommendationData, updated: (data) => isoDate(data.history.at(-1)!.date) },
  lessons: { record: lessonData, updated: (data) => isoDate(data.changelog.at(-1)!.date) },
};

/** Everything about one entry, as its open-data file (`/api/v1/uk/algorithms/street-robbery.json`) gives it. */
export function openDataRecord<C extends SectionCollectionName>(collection: C, item: LocalizedEntry<C>, lang: Lang, absolute: Absolute): Promise<unknown> {
  return openDataAdapters[collection].record(item, lang, absolute);
}

/** The day of an entry's latest change: its newest version, its meeting, its latest status. */
export function lastUpdate<C extends SectionCollectionName>(collection: C, data: LocalizedEntry<C>['entry']['data']): string {
  return openDataAdapters[collection].updated(data);
}
