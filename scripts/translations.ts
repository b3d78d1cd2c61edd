/** `npm run translations`: per language, which entries are not translated and which are out of date. */
import { langCodes } from '../src/i18n/locales';
import { checkContent } from '../src/lib/content-check';
import { isDraft } from '../src/schemas/entry-base';
import { translationStatus } from '../src/lib/translation-status';
import { siteSettings } from '../src/site-settings';

const { model } = checkContent(process.cwd(), siteSettings.contentDir);
const units = model.entries
  .filter((entry) => !isDraft(entry.data))
  .map((entry) => ({
    collection: entry.collection,
    id: entry.id,
    lang: entry.lang,
    title: String(entry.data.title ?? entry.id),
    version: typeof entry.data.version === 'number' ? entry.data.version : undefined,
    translationOf: typeof entry.data.translationOf === 'number' ? entry.data.translationOf : undefined,
  }));

for (const status of translationStatus(units, langCodes)) {
  console.log(`\n${status.lang}: ${status.translated} up to date, ${status.outdated.length} out of date, ${status.missing.length} missing`);
  for (const { translation, original } of status.outdated) {
    console.log(`  out of date  ${siteSettings.contentDir}/${translation.collection}/${status.lang}/${translation.id}.mdx translates version ${translation.translationOf}, the original is at ${original.version}`);
  }
  for (const missing of status.missing) {
    console.log(`  missing      ${siteSettings.contentDir}/${missing.collection}/${status.lang}/${missing.id}.mdx  (${missing.title})`);
  }
}
