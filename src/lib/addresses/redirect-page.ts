import type { Translator } from '../../i18n/translator';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The page left at an old address: it sends the browser on at once, tells search engines
 * where the page now is, and shows a plain link for browsers that do not follow the refresh.
 */
export function redirectPageHtml(t: Translator, to: URL): string {
  const href = escapeHtml(to.href);
  const title = escapeHtml(t('redirect.title'));
  return `<!DOCTYPE html>
<html lang="${t.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<link rel="canonical" href="${href}">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<h1>${title}</h1>
<p><a href="${href}">${escapeHtml(t('redirect.link'))}</a></p>
</body>
</html>
`;
}
