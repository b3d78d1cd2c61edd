import { defaultLang, type Lang } from '../../i18n/locales';
import { useTranslations } from '../../i18n/translator';

/** One thing wrong with the content, said so that an editor can find and fix it. */
export interface Problem {
  /** The file, relative to the project root, e.g. `content/algorithms/uk/street-robbery.mdx`. */
  file: string;
  /** 1-based line in that file, where known. */
  line?: number | undefined;
  /** The frontmatter field, as a dotted path, e.g. `sources.0.url`. */
  field?: string | undefined;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  fix?: string | undefined;
}

/** `content/…/x.mdx:7 · field "status": message. Fix: …` */
export function formatProblem(problem: Problem, lang: Lang = defaultLang): string {
  const t = useTranslations(lang);
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` · ${t('check.report.field')} "${problem.field}"` : '';
  const fix = problem.fix ? `\n    ${t('check.report.fix')}: ${problem.fix}` : '';
  return `${where}${field}\n    ${problem.message}${fix}`;
}

const numbered = (heading: string, problems: Problem[], lang: Lang) => [heading, ...problems.map((problem, index) => `${index + 1}. ${formatProblem(problem, lang)}`)].join('\n\n');

/** Every problem, numbered, under a heading that says how many there are, in `lang`. */
export function formatProblems(problems: Problem[], lang: Lang = defaultLang): string {
  return numbered(useTranslations(lang).plural('check.report.heading', problems.length), problems, lang);
}

/**
 * Warnings, numbered, under their own heading: they are reported, not fatal. Reviews that fall
 * due unless `heading` says they are something else, such as possible misspellings.
 */
export function formatWarnings(warnings: Problem[], lang: Lang = defaultLang, heading: 'check.report.warnings' | 'check.report.spelling' = 'check.report.warnings'): string {
  return numbered(useTranslations(lang)(heading, { count: warnings.length }), warnings, lang);
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
