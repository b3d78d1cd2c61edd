/**
 * The screenshots of the web editor in CONTRIBUTING (docs/images/web-editor/), taken from the
 * built site (`npm run build` first) with the editor's test backend, so nothing is saved
 * anywhere. Run again after upgrading @sveltia/cms: `npm run screenshots:editor`.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './support/chromium';
import { serveStatic } from './support/static-server';
import { fillAlgorithmFacts, fillAlgorithmWords, testBackendButton, useTestBackend, WebEditorForm } from './support/web-editor-form';
import { useTranslations } from '../src/i18n/translator';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const out = path.join(root, 'docs/images/web-editor');
if (!existsSync(path.join(dist, 'admin/index.html'))) {
  console.error('There is no built site with the editor in dist/: run npm run build first.');
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const t = useTranslations('uk');
const server = await serveStatic(dist);
const browser = await launchChromium();
const viewport = { width: 1100, height: 720 };
// The editor offers to work on a folder of this computer when served from localhost; editors
// see it at the site's own address, so the pictures are taken at one, answered from dist/.
const site = 'https://safe-city.example';
async function newContext() {
  const context = await browser.newContext({ locale: 'uk-UA', viewport });
  await context.route(`${site}/**`, async (route) => {
    const url = new URL(route.request().url());
    await route.fulfill({ response: await route.fetch({ url: `${server.url}${url.pathname}${url.search}` }) });
  });
  return context;
}
/** Lets the editor's entrance animation finish. */
const settle = (page: { waitForTimeout(ms: number): Promise<void> }) => page.waitForTimeout(1500);
try {
  const signInContext = await newContext();
  const signIn = await signInContext.newPage();
  await signIn.goto(`${site}/admin/`);
  await signIn.getByRole('button', { name: 'Увійти за допомогою токена доступу' }).waitFor();
  await settle(signIn);
  await signIn.screenshot({ path: path.join(out, 'sign-in.png') });
  await signInContext.close();

  const context = await newContext();
  await useTestBackend(context, server.url);
  const page = await context.newPage();
  const form = new WebEditorForm(page);
  await page.goto(`${site}/admin/`);
  await page.getByRole('button', { name: testBackendButton }).click();
  await page.goto(`${site}/admin/#/collections/algorithms/new`);
  const uk = form.language('Українська');
  await fillAlgorithmWords(form, uk, {
    title: 'Якщо телефонують шахраї',
    summary: 'Що робити, якщо вам телефонують шахраї, і куди повідомити.',
    note: 'Перша версія.',
    publisher: 'Національна поліція України',
    sources: [['npu-fraud', 'Назва сторінки з настановами', 'https://example.gov.ua/guidance']],
    keyword: 'шахраї',
    body: ':::callout{level="immediate" contact="police"}\n- вам погрожують або вимагають гроші. :source[npu-fraud]\n:::\n\n:::steps\n1. Покладіть слухавку. :source[npu-fraud]\n2. Зателефонуйте :call{contact="police"}. :source[npu-fraud]\n:::\n',
    bodyLabel: t('cms.body'),
  });
  await fillAlgorithmFacts(form, uk);
  await form.slug().getByRole('textbox').fill('phone-fraudsters');
  await (await form.reveal(uk, 'title')).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(out, 'new-algorithm.png') });
  // The translation's form is beside the original's: the editor has no preview pane here.
  const en = form.language('Англійська');
  await (await form.control(en, 'title', 'textbox')).fill('If fraudsters call you');
  await (await form.control(en, 'summary', 'textbox')).fill('What to do if fraudsters call you, and where to report it.');
  await (await form.reveal(en, 'title')).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(out, 'translation.png') });
  await page.goto(`${site}/admin/#/collections/algorithms`);
  await page.getByRole('button', { name: 'Створити запис або ресурси' }).waitFor();
  await settle(page);
  await page.screenshot({ path: path.join(out, 'collections.png') });
  console.log(`Screenshots written to ${path.relative(root, out)}/`);
} finally {
  await browser.close();
  await server.close();
}
