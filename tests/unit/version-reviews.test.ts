import { describe, expect, it } from 'vitest';
import { versionReview } from '../../src/lib/version-reviews';

const review = (version: number, capacity: 'police' | 'medic' = 'police') => ({ organisation: 'npu-kherson', capacity, version, date: new Date('2026-12-10T00:00:00Z') });

describe('which version a signed review covers', () => {
  it('says nobody has reviewed when there is no signed review', () => {
    expect(versionReview([], 3)).toEqual({ state: 'none' });
  });

  it('counts a review of exactly the current version as current', () => {
    expect(versionReview([review(3), review(3, 'medic')], 3)).toMatchObject({ state: 'current', reviews: [{ capacity: 'police' }, { capacity: 'medic' }] });
  });

  it('says the current version is not reviewed as soon as the text moves one version past the review', () => {
    expect(versionReview([review(3)], 4)).toMatchObject({ state: 'earlier', version: 3 });
  });

  it('names the latest reviewed version, and only its reviewers, when several earlier versions were reviewed', () => {
    const state = versionReview([review(1, 'medic'), review(2), review(2, 'medic')], 4);
    expect(state).toMatchObject({ state: 'earlier', version: 2 });
    expect(state.state === 'earlier' && state.reviews.map((signed) => signed.version)).toEqual([2, 2]);
  });

  it('keeps the current review when an older one is also recorded', () => {
    expect(versionReview([review(2, 'medic'), review(4)], 4)).toMatchObject({ state: 'current', reviews: [{ version: 4 }] });
  });
});
