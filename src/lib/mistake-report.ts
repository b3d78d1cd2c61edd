import { localeOf } from '../i18n/locales';
import type { Translator } from '../i18n/translator';

export interface ReportedPage {
  /** The page's permanent address. */
  url: string;
  title: string;
  /** The entry's version, where it has one (algorithms). */
  version?: number | undefined;
}

export interface MistakeReportLinks {
  /** A new issue in the repository, its title and text already filled in. */
  issue: string;
  /** The same report by e-mail, where the site has an address for it. */
  email?: string | undefined;
}

/**
 * "Report a mistake": links that open a report already saying which page, which version and
 * which language it is about, so the reader only writes what is wrong. Plain links: nothing is
 * sent until the reader sends it themselves.
 */
export function mistakeReportLinks(page: ReportedPage, t: Translator, settings: { repositoryUrl: string; reportEmail?: string | undefined }): MistakeReportLinks {
  const title = t('report.subject', { title: page.title });
  const body = [
    t('report.page', { url: page.url }),
    ...(page.version === undefined ? [] : [t('report.version', { version: page.version })]),
    t('report.language', { language: localeOf(t.lang).endonym }),
    '',
    t('report.what'),
    '',
    '',
    t('report.should'),
    '',
  ].join('\n');
  const query = (fields: Record<string, string>) => new URLSearchParams(fields).toString().replace(/\+/g, '%20');
  return {
    issue: `${settings.repositoryUrl}/issues/new?${query({ title, body })}`,
    email: settings.reportEmail ? `mailto:${settings.reportEmail}?${query({ subject: title, body })}` : undefined,
  };
}
