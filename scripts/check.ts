/**
 * `npm run check [-- --lang en]`: checks all content in seconds, without building the site.
 * Prints every problem, in Ukrainian unless asked otherwise (and GitHub annotations when run in
 * GitHub Actions), and exits 1 if there is any. Then lists the reviews that fall due
 * (algorithms within 30 days of `nextReview` or past it, numbers checked more than six months
 * ago), and the words its spelling dictionaries and content/data/words.txt do not know, which
 * warn but do not fail. The production build runs the same check first, without the spelling.
 */
import { performance } from 'node:perf_hooks';
import { isLang, langCodes } from '../src/i18n/locales';
import { useTranslations } from '../src/i18n/translator';
import { checkContent, formatProblems } from '../src/lib/content-check';
import { githubAnnotations } from '../src/lib/content-check/github-annotations';
import { formatWarnings } from '../src/lib/content-check/problem';
import { spellingWarnings } from '../src/lib/content-check/spelling';
import { reviewWarnings } from '../src/lib/reviews-due';
import { siteSettings } from '../src/site-settings';

const asked = process.argv.find((_, index) => process.argv[index - 1] === '--lang') ?? process.argv.find((arg) => arg.startsWith('--lang='))?.slice(7);
if (asked !== undefined && !isLang(asked)) {
  console.error(`--lang ${asked}: the check speaks ${langCodes.join(', ')}`);
  process.exit(2);
}
const lang = asked ?? siteSettings.checkLang;
const t = useTranslations(lang);

const started = performance.now();
const { model, problems } = checkContent(process.cwd(), siteSettings.contentDir, lang);
const files = model.entries.length + Object.keys(model.records).length;

const warnings = reviewWarnings(model, new Date(), lang);
if (warnings.length > 0) {
  console.warn(`${formatWarnings(warnings, lang)}\n`);
  if (siteSettings.githubActions) console.log(githubAnnotations(warnings, 'warning', lang).join('\n'));
}
const misspellings = await spellingWarnings(model, process.cwd(), siteSettings.contentDir, lang);
if (misspellings.length > 0) {
  console.warn(`${formatWarnings(misspellings, lang, 'check.report.spelling')}\n`);
  if (siteSettings.githubActions) console.log(githubAnnotations(misspellings, 'warning', lang).join('\n'));
}
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (problems.length > 0) {
  console.error(formatProblems(problems, lang));
  if (siteSettings.githubActions) console.log(githubAnnotations(problems, 'error', lang).join('\n'));
  console.error(`\n${t('check.report.checked', { files, seconds })}`);
  process.exit(1);
}
console.log(t('check.report.clean', { files, seconds }));
