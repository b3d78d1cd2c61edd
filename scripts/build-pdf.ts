/**
 * `npm run build:pdf [-- dist]`: prints every leaflet of a built site to an A4 PDF next to its
 * page (`/uk/leaflets/<id>/<id>-a4.pdf`) and puts a link to it on the leaflet page.
 * Run after `npm run build`; the deploy workflow runs it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { langCodes } from '../src/i18n/locales';
import { useTranslations } from '../src/i18n/translator';
import { launchChromium } from './support/chromium';
import { serveStatic } from './support/static-server';

const dist = path.resolve(process.argv[2] ?? 'dist');
const marker = '<!--leaflet-pdf-->';
const server = await serveStatic(dist);
const browser = await launchChromium();
let written = 0;
try {
  const page = await browser.newPage();
  for (const lang of langCodes) {
    const folder = path.join(dist, lang, 'leaflets');
    if (!existsSync(folder)) continue;
    const t = useTranslations(lang);
    for (const id of readdirSync(folder)) {
      const html = path.join(folder, id, 'index.html');
      if (id === 'pack' || !existsSync(html) || !readFileSync(html, 'utf8').includes(marker)) continue;
      await page.goto(`${server.url}/${lang}/leaflets/${id}/`, { waitUntil: 'load' });
      const pdf = `${id}-a4.pdf`;
      writeFileSync(path.join(folder, id, pdf), await page.pdf({ format: 'A4', printBackground: true }));
      writeFileSync(html, readFileSync(html, 'utf8').replace(marker, `<a href="${pdf}" download>${t('leaflet.pdf')}</a>`));
      written++;
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Wrote ${written} leaflet PDFs into ${path.relative(process.cwd(), dist) || '.'}.`);
