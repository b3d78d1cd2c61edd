import type { Algorithm } from '../schemas/algorithm';

type SignedReview = Algorithm['reviewedBy'][number];

/**
 * What the signed reviews say about the text as it is now. A review covers the version printed
 * on its sheet: once the text moves on to a new version, its readers are told that this version
 * has not been checked yet, and who checked the one before.
 */
export type VersionReview =
  /** Nobody outside the editors has signed a review. */
  | { state: 'none' }
  /** The current version has been reviewed, by these. */
  | { state: 'current'; reviews: SignedReview[] }
  /** Only earlier versions have: `reviews` are those of the latest reviewed version. */
  | { state: 'earlier'; version: number; reviews: SignedReview[] };

export function versionReview(reviews: readonly SignedReview[], version: number): VersionReview {
  const current = reviews.filter((review) => review.version === version);
  if (current.length > 0) return { state: 'current', reviews: current };
  const latest = Math.max(0, ...reviews.filter((review) => review.version < version).map((review) => review.version));
  if (latest === 0) return { state: 'none' };
  return { state: 'earlier', version: latest, reviews: reviews.filter((review) => review.version === latest) };
}
