import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { spellCheckDocument, type CSpellSettings } from 'cspell-lib';
import { localeOf, type Lang } from '../../i18n/locales';
import { useTranslations } from '../../i18n/translator';
import { parseBody } from '../../markdown/parse-body';
import type { ContentModel } from './model';
import { sortProblems, type Problem } from './problem';
import { proseOf, type ProseSegment } from './prose';
import { spellingDictionaries } from './spelling-dictionaries';

/** The project's own words (names, abbreviations, places, terms), one a line, in the content folder. */
export const projectWordsFile = 'data/words.txt';

/** How many corrections a warning offers: enough to find the right one, few enough to read. */
const suggestionCount = 3;

/** The words in `content/data/words.txt`: one a line; blank lines and lines starting with # are notes. */
export function projectWords(projectRoot: string, contentDir: string): string[] {
  const file = path.join(projectRoot, contentDir, projectWordsFile);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * cspell settings that spell with the site's languages' dictionaries and the project's words
 * only. Not cspell's default set: its programming terms would let a misspelling pass as a code
 * identifier. Every site language, not only the text's own: a Ukrainian text names Chrome and
 * cookies, an English one quotes «Пункт незламності», and while the languages are written in
 * different alphabets a word of one cannot hide a misspelling in the other.
 */
function settingsFor(projectRoot: string, words: string[]): CSpellSettings {
  const dictionaryDefinitions = spellingDictionaries(projectRoot);
  return { loadDefaultConfiguration: false, dictionaryDefinitions, dictionaries: dictionaryDefinitions.map((definition) => definition.name), words };
}

/**
 * Ukrainian is typed with three apostrophes (м’ясо, мʼясо, м'ясо), all correct; the dictionary
 * knows the plain one. Same length, so offsets into the text stay true.
 */
const plainApostrophes = (text: string) => text.replace(/[’ʼ]/g, "'");

interface Placed extends ProseSegment {
  file: string;
  /** Where the segment starts in the document cspell is given. */
  offset: number;
}

/**
 * Every unknown word in the entries' prose, as warnings in the content check's form: file, line,
 * field where it is in the frontmatter, the word, and up to three suggestions. All texts of one
 * language go to cspell as one document, since loading a dictionary costs far more than checking.
 */
export async function spellingWarnings(model: ContentModel, projectRoot: string, contentDir: string, lang: Lang): Promise<Problem[]> {
  const t = useTranslations(lang);
  const settings = settingsFor(projectRoot, projectWords(projectRoot, contentDir));
  const byLang = new Map<Lang, Placed[]>();
  for (const entry of model.entries) {
    const { tree } = parseBody(entry.body);
    // An unreadable text is already reported as a problem; its words wait until it reads.
    if (!tree) continue;
    const placed = byLang.get(entry.lang as Lang) ?? [];
    byLang.set(entry.lang as Lang, placed);
    for (const segment of proseOf(entry, tree)) placed.push({ ...segment, file: entry.file, offset: 0 });
  }
  const warnings: Problem[] = [];
  for (const [textLang, segments] of byLang) {
    let text = '';
    for (const segment of segments) {
      segment.offset = text.length;
      // A blank line between segments, so a word never runs on from one text into the next.
      text += `${segment.text}\n\n`;
    }
    const result = await spellCheckDocument(
      { uri: `file://${path.join(projectRoot, contentDir)}/${textLang}.txt`, text: plainApostrophes(text), languageId: 'plaintext', locale: localeOf(textLang).intl },
      { noConfigSearch: true, generateSuggestions: true, numSuggestions: suggestionCount },
      settings,
    );
    if (result.errors?.length) throw new Error(`Spelling (${textLang}): ${result.errors.map((error) => error.message).join('; ')}`);
    for (const issue of result.issues) {
      const segment = segments.findLast((candidate) => candidate.offset <= issue.offset)!;
      const before = text.slice(segment.offset, issue.offset);
      const suggestions = (issue.suggestions ?? []).slice(0, suggestionCount);
      // The word as the editor typed it, with its own apostrophe.
      const word = text.slice(issue.offset, issue.offset + issue.text.length);
      warnings.push({
        file: segment.file,
        line: segment.line + before.split('\n').length - 1,
        field: segment.field,
        message: t('check.spelling.unknown', { word }),
        fix: suggestions.length > 0 ? t('check.spelling.fix', { suggestions: suggestions.join(', '), words: path.posix.join(contentDir, projectWordsFile) }) : t('check.spelling.fixNoSuggestion', { words: path.posix.join(contentDir, projectWordsFile) }),
      });
    }
  }
  return sortProblems(warnings);
}
