interface ImportMetaEnv {
  /** true only under `astro dev`; set by the draft-visibility integration. */
  readonly SAFE_CITY_SHOW_DRAFTS?: boolean;
}

declare namespace App {
  interface Locals {
    /** The language of the page being rendered, from its path (src/middleware/page-language.ts). */
    lang: import('./i18n/locales').Lang;
    /** The UI strings of that language. */
    t: import('./i18n/translator').Translator;
  }
}
