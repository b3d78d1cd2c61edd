export { pageLanguage as onRequest } from './page-language';
