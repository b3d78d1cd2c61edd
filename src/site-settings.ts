/**
 * Settings that describe where the project lives. Each is one value, read from the
 * environment where a deployment needs to change it.
 */
export const siteSettings = {
  /**
   * The public repository holding this site, for "Edit this page" links. Set
   * SAFE_CITY_REPOSITORY_URL when the repository moves.
   */
  repositoryUrl: process.env.SAFE_CITY_REPOSITORY_URL ?? 'https://github.com/safe-city-kherson/safe-city',
  /**
   * Where the quick exit sends a visitor: a neutral page an onlooker would not question (a
   * weather search). Opened with location.replace, so Back does not return to this site.
   */
  quickExitUrl: process.env.SAFE_CITY_QUICK_EXIT_URL ?? 'https://www.google.com/search?q=%D0%BF%D0%BE%D0%B3%D0%BE%D0%B4%D0%B0',
  /** How many algorithms a topic page lists before it continues on a next page. */
  topicPageSize: Number(process.env.SAFE_CITY_TOPIC_PAGE_SIZE ?? 40),
  /** How many leaflets a print pack holds before it continues on a next page (a class set, not a book). */
  leafletPackSize: Number(process.env.SAFE_CITY_LEAFLET_PACK_SIZE ?? 20),
  /** The branch editors propose changes against. */
  branch: process.env.SAFE_CITY_BRANCH ?? 'main',
};

/**
 * Where an editor changes a file in the repository's web editor. Each path segment is
 * encoded: page templates live in folders such as `[lang]`, and `[` is not allowed in a URL path.
 */
export function editUrl(filePath: string): string {
  const encodePath = (value: string) => value.split('/').map(encodeURIComponent).join('/');
  return `${siteSettings.repositoryUrl.replace(/\/$/, '')}/edit/${encodePath(siteSettings.branch)}/${encodePath(filePath)}`;
}
