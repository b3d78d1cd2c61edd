import { defaultLang, type Lang } from '../../i18n/locales';
import { useTranslations } from '../../i18n/translator';
import type { Problem } from './problem';

/** GitHub's workflow-command escaping for a property value or a message. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * One `::error` line per problem (or `::warning`, for what does not stop a build), which GitHub
 * Actions shows on the line of the file in a pull request, so an editor sees each where it is.
 */
export function githubAnnotations(problems: Problem[], level: 'error' | 'warning' = 'error', lang: Lang = defaultLang): string[] {
  const t = useTranslations(lang);
  return problems.map((problem) => {
    const properties = [`file=${escapeProperty(problem.file)}`];
    if (problem.line) properties.push(`line=${problem.line}`);
    properties.push(`title=${escapeProperty(problem.field ? `${t('check.report.annotation')}: ${problem.field}` : t('check.report.annotation'))}`);
    const message = problem.fix ? `${problem.message}\n${t('check.report.fix')}: ${problem.fix}` : problem.message;
    return `::${level} ${properties.join(',')}::${escapeData(message)}`;
  });
}
