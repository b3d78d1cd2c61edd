/**
 * The path the site is served under, always ending in a slash (`/`, `/safe-city/`): Astro's
 * BASE_URL ends in one or not depending on configuration, and every address here is built
 * by appending a path to it.
 */
export const siteBase = import.meta.env.BASE_URL.replace(/\/?$/, '/');
