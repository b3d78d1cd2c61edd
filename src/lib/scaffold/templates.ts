import { audiences, reviewerCapacities } from '../../schemas/algorithm';
import { ageBands, bandsWithWhy, type AgeBand } from '../../schemas/lesson';
import { recordKinds } from '../../schemas/minutes';
import { questionCount } from '../../markdown/lesson-parts';

/**
 * Starting points for new entries: valid files, commented for editors, that `npm run new`
 * writes. Each starts as a draft, so nothing half-written is published.
 */
export interface TemplateContext {
  id: string;
  /** Today, YYYY-MM-DD. */
  today: string;
  /** Six months from today, YYYY-MM-DD. */
  inSixMonths: string;
  categories: string[];
  organisations: string[];
  contacts: string[];
  /** The ids of the algorithms, for a lesson's `algorithm`. */
  algorithms: string[];
}

const list = (ids: string[]) => ids.join(', ');

/** The first version's record and who prepared it, as every versioned text (algorithm, lesson) starts. */
const firstVersion = (context: TemplateContext) => `version: 1
changelog:
  - version: 1
    date: ${context.today}
    note: Перша версія.
# Хто підготував, з: ${list(context.organisations)}
developedBy: [${context.organisations.find((id) => id === 'safe-city-editors') ?? context.organisations[0] ?? ''}]`;

/** The context for entries started on `today`, from the ids of the data files' records. */
export function templateContext(id: string, today: Date, ids: (collection: 'categories' | 'organisations' | 'contacts' | 'algorithms') => string[]): TemplateContext {
  const inSixMonths = new Date(today);
  inSixMonths.setUTCMonth(inSixMonths.getUTCMonth() + 6);
  return {
    id,
    today: today.toISOString().slice(0, 10),
    inSixMonths: inSixMonths.toISOString().slice(0, 10),
    categories: ids('categories'),
    organisations: ids('organisations'),
    contacts: ids('contacts'),
    algorithms: ids('algorithms'),
  };
}

/** The text after a template's frontmatter: where a new entry's body starts. */
export function templateBody(template: string): string {
  return template.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n+/, '');
}

export function algorithmTemplate(context: TemplateContext): string {
  return `---
# Назва: коротко, словами мешканців (до 90 знаків).
title: Якщо …
# Одне-два речення для списків і пошуку (до 240 знаків).
summary: Що робити, якщо …, і куди звернутися по допомогу.
# Тема, одна з: ${list(context.categories)}
category: ${context.categories[0] ?? 'theft-and-robbery'}
# Для кого: ${audiences.join(', ')}
audience: [adults]
# field-testing: на перевірці з мешканцями; published: опубліковано.
status: published
# true: видно лише в попередньому перегляді; приберіть цей рядок, коли текст готовий.
draft: true
${firstVersion(context)}
# Чи перевіряли з мешканцями: not-tested, in-progress (з when і with), tested (з when і with).
fieldTesting:
  status: not-tested
reviewed: ${context.today}
nextReview: ${context.inSixMonths}
# Підписані рецензії фахівців: organisation (з переліку вище), capacity (${reviewerCapacities.join(', ')}),
# version (версія з підписаного аркуша) і date (день підпису). Залиште порожнім, доки ніхто поза редакцією не перевірив.
reviewedBy: []
# Щонайменше дві сторінки офіційних настанов (не головні сторінки сайтів): коротка назва (id), назва, адреса, хто видав, коли перевірено.
# Кожен крок посилається на джерело, що його підтверджує: :source[id] у кінці кроку.
sources:
  - id: pershe-dzherelo
    title: Назва сторінки з настановами
    url: https://zakon.rada.gov.ua/laws/show/назва-документа
    publisher: Хто видав
    checked: ${context.today}
  - id: druhe-dzherelo
    title: Назва другої сторінки
    url: https://zakon.rada.gov.ua/laws/show/інший-документ
    publisher: Хто видав
    checked: ${context.today}
# Слова, якими мешканці шукатимуть цю сторінку.
keywords: [слово, ще одне слово]
# Куди телефонувати, з: ${list(context.contacts)}
contacts: [${context.contacts.includes('police') ? 'police' : (context.contacts[0] ?? '')}]
# Пов’язані алгоритми (їхні назви файлів), які можуть знадобитися далі.
related: []
---

:::callout{level="immediate" contact="${context.contacts.includes('police') ? 'police' : (context.contacts[0] ?? '')}"}
- перша небезпека, за якої треба телефонувати негайно (алгоритм завжди починається з цієї картки). :source[pershe-dzherelo]
:::

:::steps
1. Перший крок. :source[pershe-dzherelo]
2. Другий крок: зателефонуйте :call{contact="${context.contacts.includes('police') ? 'police' : (context.contacts[0] ?? '')}"}. :source[druhe-dzherelo]
:::
`;
}

export function minutesTemplate(context: TemplateContext): string {
  return `---
title: Робоча зустріч …
summary: Про що говорили і що вирішили.
# Що це за запис: ${recordKinds.join(', ')}. Для всього, крім official-minutes, вкажіть джерело в sources.
record: official-minutes
# Дата зустрічі: така сама, як на початку назви файлу.
date: ${context.id.slice(0, 10)}
place: Місце зустрічі
# Хто брав участь: organisation (з ${list(context.organisations)}) або group (опис), count — скільки людей, якщо відомо.
participants:
  - organisation: ${context.organisations[0] ?? ''}
agenda:
  - Перше питання
decisions: []
# Хто що робить: what, owner (організація), due (YYYY-MM або YYYY-MM-DD), status (open, in-progress, done, dropped, not-reported).
actions: []
relatedAlgorithms: []
relatedRecommendations: []
sources: []
# true, доки протокол не погоджено: видно лише в попередньому перегляді.
draft: true
---

Короткий опис зустрічі.
`;
}

export function recommendationTemplate(context: TemplateContext): string {
  return `---
title: Рекомендація …
summary: Що пропонуємо і навіщо.
# Кому: police, city-council, city-administration, civil-society
addressee: [police]
# Стан: proposed, accepted, in-progress, implemented, declined; такий самий, як в останньому пункті history.
status: proposed
history:
  - status: proposed
    date: ${context.today}
evidence: []
relatedMinutes: []
relatedAlgorithms: []
# true, доки рекомендацію пишуть: видно лише в попередньому перегляді.
draft: true
---

Текст рекомендації.
`;
}

/**
 * A lesson: every part the check asks for, in the order the page shows them, each statement
 * citing the one source. The age band comes from the id (`fire-6-10`); the older bands get
 * `:::why`. Without an id (the web editor's starter) it is the youngest band's.
 */
export function lessonTemplate(context: TemplateContext): string {
  const band: AgeBand = ageBands.find((candidate) => context.id.endsWith(`-${candidate}`)) ?? ageBands[0];
  const contact = context.contacts.includes('fire-rescue') ? 'fire-rescue' : (context.contacts[0] ?? '');
  const question = (number: number) => `:::question
Питання ${number}?
- [ ] Неправильна відповідь.
- [x] Правильна відповідь.

:why[Чому ця відповідь правильна, словами джерела.] :source[pershe-dzherelo]
:::
`;
  const why = bandsWithWhy.includes(band)
    ? `
:::why
Чому правила саме такі: один-два абзаци для старших дітей. :source[pershe-dzherelo]
:::
`
    : '';
  return `---
# Назва: тема і класи (до 90 знаків).
title: Тема уроку. ${band === '6-10' ? '1–4' : band === '10-15' ? '5–9' : '10–11'} класи
# Одне-два речення для списків і пошуку (до 240 знаків).
summary: Чого навчить урок і для кого він.
# Алгоритм, якого вчить урок, з: ${list(context.algorithms)}
algorithm: ${context.algorithms[0] ?? ''}
# Вікова група: ${ageBands.join(', ')}; назва файлу закінчується нею.
ageBand: ${band}
# published: опубліковано; retired: більше не підтримується.
status: published
# true: видно лише в попередньому перегляді; приберіть цей рядок, коли урок готовий.
draft: true
${firstVersion(context)}
# Чи перевіряли з дітьми: not-tested, in-progress (з when і with), tested (з when і with).
fieldTesting:
  status: not-tested
reviewed: ${context.today}
nextReview: ${context.inSixMonths}
reviewedBy: []
# Офіційні матеріали (не головні сторінки сайтів): коротка назва (id), назва, адреса, хто видав, коли перевірено.
# Кожне правило, пояснення, вправа, :why і рядок для батьків закінчується :source[id].
sources:
  - id: pershe-dzherelo
    title: Назва сторінки з настановами
    url: https://zakon.rada.gov.ua/laws/show/назва-документа
    publisher: Хто видав
    checked: ${context.today}
# Куди телефонувати, з: ${list(context.contacts)}
contacts: [${contact}]
# Слова, якими вчитель шукатиме урок: «урок», класи, тема.
keywords: [урок, тема]
# Що діти вмітимуть після уроку.
objectives:
  - Перше вміння.
---

:::rules
1. Перше правило коротким реченням. :source[pershe-dzherelo]
2. Друге правило. :source[pershe-dzherelo]
3. Третє правило: скажи дорослому або подзвони :call{contact="${contact}"}. :source[pershe-dzherelo]
:::
${why}
:::practice
- Що потренувати в класі. :source[pershe-dzherelo]
:::

${Array.from({ length: questionCount }, (_, index) => question(index + 1)).join('\n')}
:::parents
**Що дитина вивчила:** правила уроку. :source[pershe-dzherelo]

**Що зробити вдома:**
- Що зробити разом з дитиною. :source[pershe-dzherelo]

**Куди телефонувати:** :call{contact="${contact}"}. :source[pershe-dzherelo]
:::
`;
}

/**
 * A translation starts as a copy of the original with a note on what to translate; for
 * algorithms it records the version it translates.
 */
export function translationTemplate(original: string, version: number | undefined): string {
  const [, frontmatter = '', body = ''] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(original) ?? [];
  const note = '# Translate the words (title, summary, keywords, notes, text); keep every other field as it is.';
  const versionLine = version === undefined ? '' : `translationOf: ${version}\n`;
  return `---\n${note}\n${versionLine}${frontmatter.replace(/^translationOf:.*\n/m, '')}\n---\n${body}`;
}

/** The starting point of a new entry, per collection that has one. */
export const entryTemplates = { algorithms: algorithmTemplate, minutes: minutesTemplate, recommendations: recommendationTemplate, lessons: lessonTemplate };

/**
 * What the web editor's text field starts with for a new entry of each collection: the body of
 * the same template `npm run new` writes, so the two start alike.
 */
export function editorStarters(context: TemplateContext): Record<keyof typeof entryTemplates, string> {
  return Object.fromEntries(Object.entries(entryTemplates).map(([name, template]) => [name, templateBody(template(context))])) as Record<keyof typeof entryTemplates, string>;
}
