interface ImportMetaEnv {
  /** true only under `astro dev`; set by the draft-visibility integration. */
  readonly SAFE_CITY_SHOW_DRAFTS?: boolean;
}
