import { z } from 'astro/zod';
import { defaultLang, langCodes, type Lang } from './i18n/locales';

/**
 * The site's settings: the only module that reads the environment. Each setting a deployment
 * may change is one variable, validated once when the build starts, so a mistyped value stops
 * the build with its name rather than surfacing as a broken page.
 */
const environment = z.object({
  /**
   * The public address of the site, with a path when it lives under one
   * (https://example.github.io/safe-city/). Canonical links, the sitemap, feeds, QR codes, the
   * open data and every internal link follow it. The default is where `npm start` serves.
   */
  SITE_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:4321/'),
  /** The folder content is read from, relative to the project root; tests point it at fixtures. */
  SAFE_CITY_CONTENT: z.string().min(1).default('content'),
  /** The public repository holding this site, for "Edit this page" and "Report a mistake". */
  SAFE_CITY_REPOSITORY_URL: z.url({ protocol: /^https$/ }).default('https://github.com/safe-city-kherson/safe-city'),
  /**
   * Where a reader without a GitHub account reports a mistake, by e-mail. Unset, pages offer the
   * repository's issue form only: the project publishes no address until it has one to answer.
   */
  SAFE_CITY_REPORT_EMAIL: z.email().optional(),
  /**
   * The OAuth helper that signs editors in to the web editor at /admin/ with GitHub (Sveltia CMS
   * Authenticator, see CONTRIBUTING). Unset, editors sign in with a personal access token.
   */
  SAFE_CITY_CMS_AUTH_URL: z.url({ protocol: /^https$/ }).optional(),
  /**
   * A pull request's preview (see CONTRIBUTING, "Previews"): a copy of the site for editors and
   * reviewers to read before merging, never for search engines, which must not find it beside
   * the real site. Every page says noindex, robots.txt shuts every path, and so does `_headers`.
   */
  SAFE_CITY_PREVIEW: z.enum(['true', 'false']).default('false'),
  /** The branch editors propose changes against. */
  SAFE_CITY_BRANCH: z.string().min(1).default('main'),
  /**
   * Where the quick exit sends a visitor: a neutral page an onlooker would not question (a
   * weather search). Opened with location.replace, so Back does not return to this site.
   */
  SAFE_CITY_QUICK_EXIT_URL: z.url({ protocol: /^https$/ }).default('https://www.google.com/search?q=%D0%BF%D0%BE%D0%B3%D0%BE%D0%B4%D0%B0'),
  /** How many algorithms a topic page lists before it continues on a next page. */
  SAFE_CITY_TOPIC_PAGE_SIZE: z.coerce.number().int().positive().default(40),
  /** How many leaflets a print pack holds before it continues on a next page (a class set, not a book). */
  SAFE_CITY_LEAFLET_PACK_SIZE: z.coerce.number().int().positive().default(20),
  /**
   * The language the content check explains problems in, in the build and in pull-request
   * annotations: the editors' language unless a repository sets another. `npm run check --
   * --lang en` asks for another language once.
   */
  SAFE_CITY_CHECK_LANG: z.enum(langCodes as [Lang, ...Lang[]]).default(defaultLang),
  /** Set by GitHub Actions: problems are also printed as annotations on the pull request. */
  GITHUB_ACTIONS: z.string().optional(),
  /**
   * For `npm run bench -- --optimisations` only: build optimisations to switch off, by name,
   * comma-separated, to measure what each one saves. See `buildOptimisations`.
   */
  SAFE_CITY_BENCH_WITHOUT: z.string().default(''),
});

/**
 * The build's optimisations that `npm run bench -- --optimisations` measures one by one; each
 * must save at least 10% of a build of 100 algorithms per language, in the median of three runs,
 * to stay (CHANGELOG, 2026-12-05).
 */
export const buildOptimisations = ['record-cache'] as const;
export type BuildOptimisation = (typeof buildOptimisations)[number];

/** The settings in the form the site uses, from an environment such as `process.env`. */
export function readSiteSettings(env: Record<string, string | undefined>) {
  // A workflow passes a repository variable that is not set as an empty string: that is unset.
  const parsed = environment.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    throw new Error(`The site's settings are not valid:\n${z.prettifyError(parsed.error)}\nFix the environment variable named above, or unset it to use the default.`);
  }
  const values = parsed.data;
  const siteUrl = new URL(values.SITE_URL);
  return {
    /** The origin the site is served from: `https://example.github.io`. */
    site: siteUrl.origin,
    /** The path the site is served under, always ending in a slash (`/`, `/safe-city/`). */
    base: siteUrl.pathname.replace(/\/?$/, '/'),
    contentDir: values.SAFE_CITY_CONTENT,
    repositoryUrl: values.SAFE_CITY_REPOSITORY_URL.replace(/\/$/, ''),
    branch: values.SAFE_CITY_BRANCH,
    /** Whether this build is a pull request's preview, to be kept out of search engines. */
    preview: values.SAFE_CITY_PREVIEW === 'true',
    cmsAuthUrl: values.SAFE_CITY_CMS_AUTH_URL,
    reportEmail: values.SAFE_CITY_REPORT_EMAIL,
    quickExitUrl: values.SAFE_CITY_QUICK_EXIT_URL,
    topicPageSize: values.SAFE_CITY_TOPIC_PAGE_SIZE,
    leafletPackSize: values.SAFE_CITY_LEAFLET_PACK_SIZE,
    checkLang: values.SAFE_CITY_CHECK_LANG,
    githubActions: values.GITHUB_ACTIONS === 'true',
    /** Whether a build optimisation is on: always, except while the bench measures it. */
    optimised: (name: BuildOptimisation) => !values.SAFE_CITY_BENCH_WITHOUT.split(',').includes(name),
  };
}

export type SiteSettings = ReturnType<typeof readSiteSettings>;

export const siteSettings: SiteSettings = readSiteSettings(process.env);

/**
 * Where an editor changes a file in the repository's web editor. Each path segment is
 * encoded: page templates live in folders such as `[lang]`, and `[` is not allowed in a URL path.
 */
export function editUrl(filePath: string): string {
  const encodePath = (value: string) => value.split('/').map(encodeURIComponent).join('/');
  return `${siteSettings.repositoryUrl}/edit/${encodePath(siteSettings.branch)}/${encodePath(filePath)}`;
}
