import remarkDirective from 'remark-directive';
import { useTranslations } from '../i18n/translator';
import { contactsFileReader } from './contacts-file';
import { remarkVocabulary } from '../markdown/remark-vocabulary';

/** Where the plugins read their data and what address the site lives under. */
export interface SiteMarkdownSetup {
  /** The project's folder, absolute. */
  projectRoot: string;
  /** The content folder, relative to the project (`content`, or a fixture's). */
  contentDir: string;
  /** The path the site is published under (`/`, `/safe-city/`). */
  base?: string;
}

/**
 * The remark plugins every page's Markdown goes through: the directive syntax, then the
 * authoring vocabulary. One list, so the site and the tests render alike.
 */
export function siteRemarkPlugins({ projectRoot, contentDir, base = '/' }: SiteMarkdownSetup) {
  return [remarkDirective, remarkVocabulary({ contacts: contactsFileReader(projectRoot, contentDir), translate: useTranslations, base })];
}
