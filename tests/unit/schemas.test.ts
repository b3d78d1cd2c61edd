import { describe, expect, it } from 'vitest';
import { algorithmSchema } from '../../src/schemas/algorithm';
import { calendarDate, localizedText, monthOrDate } from '../../src/schemas/fields';
import { minutesSchema } from '../../src/schemas/minutes';
import { recommendationSchema } from '../../src/schemas/recommendation';

const algorithm = {
  title: 'Якщо вас пограбували',
  summary: 'Що робити одразу після пограбування.',
  category: 'theft-and-robbery',
  audience: ['adults'],
  status: 'published',
  version: 1,
  changelog: [{ version: 1, date: '2026-11-24', note: 'Перша версія.' }],
  developedBy: ['legal-space'],
  fieldTesting: { status: 'not-tested' },
  reviewed: '2026-11-24',
  nextReview: '2027-05-24',
  sources: [
    { id: 'kpk', title: 'Кримінальний процесуальний кодекс', url: 'https://zakon.rada.gov.ua/laws/show/4651-17', publisher: 'Верховна Рада України', checked: '2026-11-24' },
    { id: 'mvs-100', title: 'Наказ МВС № 100', url: 'https://zakon.rada.gov.ua/laws/show/z0223-19', publisher: 'МВС України', checked: '2026-11-24' },
  ],
  keywords: ['пограбування'],
  contacts: ['police'],
};

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('field schemas', () => {
  it('accepts real dates, written or parsed, and rejects impossible ones', () => {
    expect(calendarDate.parse('2024-02-29')).toEqual(new Date('2024-02-29T00:00:00Z'));
    expect(calendarDate.parse(new Date('2026-11-24T00:00:00Z'))).toEqual(new Date('2026-11-24T00:00:00Z'));
    expect(calendarDate.safeParse('2026-02-29').success).toBe(false);
    expect(calendarDate.safeParse('2026-13-01').success).toBe(false);
    expect(calendarDate.safeParse('24.11.2026').success).toBe(false);
    expect(calendarDate.safeParse('next week').success).toBe(false);
  });

  it('takes a month or a day for plans', () => {
    expect(monthOrDate.parse('2017-04')).toBe('2017-04');
    expect(monthOrDate.parse('2017-04-30')).toBe('2017-04-30');
    expect(monthOrDate.safeParse('2017-13').success).toBe(false);
    expect(monthOrDate.safeParse('2017-04-31').success).toBe(false);
  });

  it('requires the Ukrainian text and rejects unknown languages', () => {
    expect(localizedText.safeParse({ uk: 'Поліція', en: 'Police' }).success).toBe(true);
    expect(localizedText.safeParse({ en: 'Police' }).success).toBe(false);
    expect(localizedText.safeParse({ uk: 'Поліція', ru: 'Полиция' }).success).toBe(false);
  });
});

describe('home pages', () => {
  it('are told apart from the pages of a site', async () => {
    const { isHomePage } = await import('../../src/schemas/fields');
    for (const home of ['https://www.npu.gov.ua/', 'https://cyberpolice.gov.ua', 'https://la-strada.org.ua/index.html']) expect({ home, is: isHomePage(home) }).toEqual({ home, is: true });
    for (const page of ['https://mvs.gov.ua/news/iak-diiati', 'https://izmail-rda.od.gov.ua/?p=59157', 'https://zakon.rada.gov.ua/laws/show/2229-19']) expect({ page, is: isHomePage(page) }).toEqual({ page, is: false });
  });
});

describe('algorithm schema', () => {
  it('accepts a complete algorithm', () => {
    expect(messages(algorithmSchema.safeParse(algorithm))).toEqual([]);
  });

  it('needs a changelog item for the current version', () => {
    expect(messages(algorithmSchema.safeParse({ ...algorithm, version: 2 }))).toEqual([
      'changelog: the last changelog item is version 1, but "version" is 2: add an item for version 2',
    ]);
  });

  it('needs the next review after the last', () => {
    expect(messages(algorithmSchema.safeParse({ ...algorithm, nextReview: '2026-01-01' }))).toEqual(['nextReview: the next review must come after "reviewed"']);
  });

  it('needs to say when and with whom a tested algorithm was tested', () => {
    expect(messages(algorithmSchema.safeParse({ ...algorithm, fieldTesting: { status: 'tested' } }))).toEqual([
      'fieldTesting: say when and with whom it was tested (fields "when" and "with")',
    ]);
  });

  it('needs two guidance pages, each with its publisher and the day it was checked, none a home page', () => {
    expect(messages(algorithmSchema.safeParse({ ...algorithm, sources: algorithm.sources.slice(0, 1) }))).toEqual([
      'sources: cite at least two guidance pages (a page with the instructions, or a law or order with its number)',
    ]);
    const homePage = { ...algorithm.sources[0]!, url: 'https://www.npu.gov.ua/' };
    expect(messages(algorithmSchema.safeParse({ ...algorithm, sources: [homePage, algorithm.sources[1]] }))).toEqual([
      'sources.0.url: this is the home page of a site: link the page that says it (the guidance, the law or the article itself)',
    ]);
    const { publisher: _publisher, ...withoutPublisher } = algorithm.sources[0]!;
    expect(messages(algorithmSchema.safeParse({ ...algorithm, sources: [withoutPublisher, algorithm.sources[1]] }))).toEqual(['sources.0.publisher: Invalid input: expected string, received undefined']);
  });

  it('records who reviewed which version, in what capacity and when, and the algorithms related to it', () => {
    const signed = { organisation: 'npu-kherson', capacity: 'police', version: 1, date: '2026-12-10' };
    const parsed = algorithmSchema.parse({ ...algorithm, reviewedBy: [signed], related: ['street-robbery'] });
    expect(parsed.reviewedBy).toEqual([{ ...signed, date: new Date('2026-12-10T00:00:00Z') }]);
    expect(parsed.related).toEqual(['street-robbery']);
    expect(algorithmSchema.parse(algorithm).reviewedBy).toEqual([]);
    expect(messages(algorithmSchema.safeParse({ ...algorithm, reviewedBy: [{ ...signed, capacity: 'priest' }] }))[0]).toMatch(/^reviewedBy\.0\.capacity:/);
    expect(messages(algorithmSchema.safeParse({ ...algorithm, reviewedBy: [{ organisation: 'npu-kherson', capacity: 'police' }] }))).toEqual([
      'reviewedBy.0.version: Invalid input: expected number, received undefined',
      'reviewedBy.0.date: write a date as YYYY-MM-DD',
    ]);
    // A review of a version not yet written is a typing slip.
    expect(messages(algorithmSchema.safeParse({ ...algorithm, reviewedBy: [{ ...signed, version: 2 }] }))).toEqual([
      'reviewedBy.0.version: a review of version 2, but the text is at version 1: write the version printed on the signed sheet',
    ]);
  });

  it('gives each source its own id, for the steps to cite', () => {
    expect(messages(algorithmSchema.safeParse({ ...algorithm, sources: [algorithm.sources[0], { ...algorithm.sources[1]!, id: 'kpk' }] }))).toEqual(['sources.1.id: two sources have the id "kpk": give each its own']);
    expect(messages(algorithmSchema.safeParse({ ...algorithm, sources: [algorithm.sources[0], { ...algorithm.sources[1]!, id: 'Наказ 100' }] }))).toEqual(['sources.1.id: use lowercase Latin letters, digits and hyphens']);
  });

  it('limits the summary to one or two sentences', () => {
    expect(algorithmSchema.safeParse({ ...algorithm, summary: 'А'.repeat(241) }).success).toBe(false);
  });
});

describe('minutes and recommendation schemas', () => {
  const minutes = {
    title: 'Зустріч',
    summary: 'Зустріч громадськості та поліції.',
    record: 'official-minutes',
    date: '2017-02-21',
    place: 'Херсон',
    agenda: ['Питання'],
    participants: [{ organisation: 'patrol-police' }],
  };

  it('minutes that are not the official record must name what they were made from', () => {
    expect(minutesSchema.safeParse(minutes).success).toBe(true);
    expect(messages(minutesSchema.safeParse({ ...minutes, record: 'compiled-from-report' }))).toEqual([
      'sources: a record that is not official minutes ("record: compiled-from-report") must name what it was made from: add the report or notes under "sources" (title, and url where it is online)',
    ]);
    expect(minutesSchema.safeParse({ ...minutes, record: 'notes', sources: [{ title: 'Нотатки учасника зустрічі' }] }).success).toBe(true);
  });

  it('a participant is an organisation or a group, not both', () => {
    expect(minutesSchema.safeParse({ ...minutes, participants: [{ organisation: 'patrol-police' }, { group: 'Мешканці', count: 5 }] }).success).toBe(true);
    expect(messages(minutesSchema.safeParse({ ...minutes, participants: [{ organisation: 'patrol-police', group: 'Мешканці' }] }))).toEqual([
      'participants.0: give either "organisation" (an id) or "group" (a description), not both',
    ]);
  });

  it('a recommendation status is the last step of its history', () => {
    const recommendation = {
      title: 'Рекомендація',
      summary: 'Рекомендація місту та поліції.',
      addressee: ['police'],
      status: 'accepted',
      history: [{ status: 'proposed', date: '2017-02-21' }],
    };
    expect(messages(recommendationSchema.safeParse(recommendation))).toEqual([
      'status: "status" is accepted, but the last history item says proposed: add a history item for the change',
    ]);
  });
});

describe('phone numbers', () => {
  it('are dialled as digits and shown without places to break', async () => {
    const { dialDigits, displayNumber } = await import('../../src/formats/phone-number');
    expect(dialDigits('0 800 500 335')).toBe('0800500335');
    expect(dialDigits('15-47')).toBe('1547');
    expect(displayNumber('0 800 500 335')).toBe('0\u00a0800\u00a0500\u00a0335');
    expect(displayNumber('15-47')).toBe('15\u201147');
  });
});
