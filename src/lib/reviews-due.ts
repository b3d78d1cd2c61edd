import type { Lang } from '../i18n/locales';
import { useTranslations } from '../i18n/translator';
import type { ContentModel } from './content-check/model';
import type { Problem } from './content-check/problem';
import { isoDate } from './dates';
import { defaultLang } from '../i18n/locales';
import type { Algorithm } from '../schemas/algorithm';
import { reviewSheetPath } from './permalinks';
import { versionReview } from './version-reviews';

/** How long before an algorithm's `nextReview` editors are told it is coming. */
export const reviewNoticeDays = 30;
/** How long a phone number's `checked` date holds before it should be checked again. */
export const contactCheckMonths = 6;

/** The day a build judges reviews by: the day it runs (the deploy rebuilds weekly, so notices appear on time). */
export const buildDay = new Date();

const day = 24 * 60 * 60 * 1000;
const startOf = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());

export type ReviewState = 'overdue' | 'due' | 'current';

/**
 * Where an algorithm stands against the review it promised: `overdue` once its `nextReview`
 * day has passed, `due` in the 30 days before it, `current` otherwise.
 */
export function reviewState(nextReview: Date, today: Date): ReviewState {
  const daysLeft = (startOf(nextReview) - startOf(today)) / day;
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= reviewNoticeDays ? 'due' : 'current';
}

/** Whether a phone number was last checked more than six months ago. */
export function contactCheckStale(checked: Date, today: Date): boolean {
  const limit = new Date(startOf(today));
  limit.setUTCMonth(limit.getUTCMonth() - contactCheckMonths);
  return startOf(checked) < limit.getTime();
}

/**
 * What editors have promised to look at again: algorithms whose review is due within 30 days or
 * overdue, algorithms changed since their last signed review, and phone numbers checked more
 * than six months ago. Said as warnings, in the content
 * check's own form (file, line, field, what and what to do); they do not stop a build.
 */
export function reviewWarnings(model: ContentModel, today: Date, lang: Lang): Problem[] {
  const t = useTranslations(lang);
  const warnings: Problem[] = [];
  for (const entry of model.entries) {
    const nextReview = entry.valid?.nextReview;
    if (entry.collection !== 'algorithms' || !(nextReview instanceof Date) || entry.valid?.draft === true) continue;
    const state = reviewState(nextReview, today);
    if (state === 'current') continue;
    warnings.push({
      file: entry.file,
      line: entry.lineOf(['nextReview']),
      field: 'nextReview',
      message: t(state === 'overdue' ? 'check.review.overdue' : 'check.review.due', { date: isoDate(nextReview) }),
      fix: t('check.review.fix'),
    });
  }
  // Reviews are facts the translations share: said once, on the original.
  for (const entry of model.entries.filter((candidate) => candidate.collection === 'algorithms' && candidate.lang === defaultLang && candidate.valid && candidate.valid.draft !== true)) {
    const data = entry.valid as unknown as Algorithm;
    const review = versionReview(data.reviewedBy, data.version);
    if (review.state !== 'earlier') continue;
    warnings.push({
      file: entry.file,
      line: entry.lineOf(['reviewedBy']),
      field: 'reviewedBy',
      message: t('check.review.versionNotReviewed', { version: data.version, reviewed: review.version }),
      fix: t('check.review.versionNotReviewed.fix', { sheet: reviewSheetPath(defaultLang, entry.id) }),
    });
  }
  for (const record of model.records.contacts ?? []) {
    const checked = typeof record.data.checked === 'string' ? new Date(`${record.data.checked}T00:00:00Z`) : record.data.checked;
    if (!(checked instanceof Date) || Number.isNaN(checked.getTime()) || !contactCheckStale(checked, today)) continue;
    warnings.push({
      file: record.file,
      line: record.lineOf(['checked']),
      field: 'checked',
      message: t('check.review.contactStale', { id: record.id, date: isoDate(checked), months: contactCheckMonths }),
      fix: t('check.review.contactStale.fix'),
    });
  }
  return warnings;
}
