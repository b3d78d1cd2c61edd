import type { Problem } from './problem';

/** GitHub's workflow-command escaping for a property value or a message. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * One `::error` line per problem (or `::warning`, for what does not stop a build), which GitHub
 * Actions shows on the line of the file in a pull request, so an editor sees each where it is.
 */
export function githubAnnotations(problems: Problem[], level: 'error' | 'warning' = 'error'): string[] {
  return problems.map((problem) => {
    const properties = [`file=${escapeProperty(problem.file)}`];
    if (problem.line) properties.push(`line=${problem.line}`);
    properties.push(`title=${escapeProperty(problem.field ? `Content check: ${problem.field}` : 'Content check')}`);
    const message = problem.fix ? `${problem.message}\nFix: ${problem.fix}` : problem.message;
    return `::${level} ${properties.join(',')}::${escapeData(message)}`;
  });
}
