import { sequence } from 'astro:middleware';
import { pageLanguage } from './page-language';
import { searchIndexHandoff } from './search-index-handoff';

export const onRequest = sequence(pageLanguage, searchIndexHandoff);
