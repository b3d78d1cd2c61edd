import type { Lang } from '../locales';
import { en } from './en';
import type { UiStrings } from './types';
import { uk } from './uk';

/** Every language's UI strings, keyed by language code. */
export const uiStrings: Record<Lang, UiStrings> = { uk, en };
export type { UiKey } from './uk';
