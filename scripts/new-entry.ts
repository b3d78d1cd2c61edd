/**
 * `npm run new -- <algorithm|minutes|recommendation|lesson> <id>` writes a new, valid draft in
 * Ukrainian; `--translate <lang>` starts a translation of an existing entry instead.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultLang, isLang, langCodes } from '../src/i18n/locales';
import { checkContent, formatProblems } from '../src/lib/content-check';
import { entryTemplates, templateContext, translationTemplate } from '../src/lib/scaffold/templates';
import { entryCollections } from '../src/site-structure';
import { siteSettings } from '../src/site-settings';

const kinds = { algorithm: 'algorithms', minutes: 'minutes', recommendation: 'recommendations', lesson: 'lessons' } as const;

function fail(message: string): never {
  console.error(`${message}\n\nUsage: npm run new -- <${Object.keys(kinds).join('|')}> <id> [--translate <${langCodes.filter((lang) => lang !== defaultLang).join('|')}>]`);
  process.exit(2);
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { translate: { type: 'string' } } });
const [kind, id] = positionals;
if (!kind || !(kind in kinds)) fail(`Say what to create: ${Object.keys(kinds).join(', ')}.`);
if (!id) fail('Give the new entry an id: its file name, e.g. fire-at-home.');
const collectionName = kinds[kind as keyof typeof kinds];
const collection = entryCollections.find((candidate) => candidate.name === collectionName)!;
if (!collection.idPattern.test(id)) fail(`"${id}" cannot be an id: use ${collection.idHint}.`);

const root = process.cwd();
const content = siteSettings.contentDir;
const fileFor = (lang: string) => path.posix.join(content, collectionName, lang, `${id}.mdx`);
const lang = values.translate ?? defaultLang;
if (!isLang(lang) || (values.translate && lang === defaultLang)) fail(`Translate into one of: ${langCodes.filter((code) => code !== defaultLang).join(', ')}.`);
const target = fileFor(lang);
if (existsSync(path.join(root, target))) fail(`${target} already exists; edit it instead.`);

let text: string;
if (values.translate) {
  const originalFile = fileFor(defaultLang);
  if (!existsSync(path.join(root, originalFile))) fail(`There is no original to translate: ${originalFile} does not exist.`);
  const { model } = checkContent(root, content);
  const original = model.entries.find((entry) => entry.file === originalFile);
  const version = typeof original?.data.version === 'number' ? original.data.version : undefined;
  text = translationTemplate(readFileSync(path.join(root, originalFile), 'utf8'), version);
} else {
  const { model } = checkContent(root, content);
  // A lesson names the algorithm it teaches: an original, as every reference does.
  const ids = (name: string) => (name === 'algorithms' ? model.entries.filter((entry) => entry.collection === name && entry.lang === defaultLang).map((entry) => entry.id) : (model.records[name] ?? []).map((record) => record.id));
  text = entryTemplates[collectionName](templateContext(id, new Date(), ids));
}

mkdirSync(path.dirname(path.join(root, target)), { recursive: true });
writeFileSync(path.join(root, target), text);
const problems = checkContent(root, content, siteSettings.checkLang).problems.filter((problem) => problem.file === target);
console.log(`Created ${target}${values.translate ? ` (translation of ${fileFor(defaultLang)})` : ' as a draft'}.`);
if (problems.length > 0) console.log(`\nFix these before publishing:\n${formatProblems(problems, siteSettings.checkLang)}`);
