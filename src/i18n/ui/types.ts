import type { UiKey } from './uk';

/** A translation of the UI: any subset of the Ukrainian keys; missing keys fall back. */
export type UiStrings = Partial<Record<UiKey, string>>;
