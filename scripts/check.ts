/**
 * `npm run check`: checks all content in seconds, without building the site. Prints every
 * problem (and GitHub annotations when run in GitHub Actions) and exits 1 if there is any.
 * Then lists the reviews that fall due (algorithms within 30 days of `nextReview` or past it,
 * numbers checked more than six months ago), which warn but do not fail.
 * The production build runs the same check first.
 */
import { performance } from 'node:perf_hooks';
import { checkContent, formatProblems } from '../src/lib/content-check';
import { githubAnnotations } from '../src/lib/content-check/github-annotations';
import { formatWarnings } from '../src/lib/content-check/problem';
import { reviewWarnings } from '../src/lib/reviews-due';
import { siteSettings } from '../src/site-settings';

const started = performance.now();
const { model, problems } = checkContent(process.cwd(), siteSettings.contentDir);
const files = model.entries.length + Object.keys(model.records).length;
const seconds = ((performance.now() - started) / 1000).toFixed(2);

const warnings = reviewWarnings(model, new Date());
if (warnings.length > 0) {
  console.warn(`${formatWarnings(warnings)}\n`);
  if (siteSettings.githubActions) console.log(githubAnnotations(warnings, 'warning').join('\n'));
}

if (problems.length > 0) {
  console.error(formatProblems(problems));
  if (siteSettings.githubActions) console.log(githubAnnotations(problems).join('\n'));
  console.error(`\n${files} files checked in ${seconds} s.`);
  process.exit(1);
}
console.log(`Content check: no problems in ${files} files (${seconds} s).`);
