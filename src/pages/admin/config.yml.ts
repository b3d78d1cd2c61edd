import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { stringify } from 'yaml';
import { cmsConfig, repositoryName } from '../../cms/cms-config';
import type { CmsOption } from '../../cms/cms-fields';
import { defaultLang } from '../../i18n/locales';
import { inLang } from '../../lib/data-records';
import { splitId } from '../../lib/entries';
import { editorStarters, templateContext } from '../../lib/scaffold/templates';
import { dataCollections, entryCollections, type CollectionName } from '../../site-structure';
import { siteSettings } from '../../site-settings';

/** The web editor's configuration, with the ids editors may pick from as they are at this build. */
export const GET: APIRoute = async () => {
  const choices: Partial<Record<CollectionName, CmsOption[]>> = {};
  for (const { name } of dataCollections) {
    const records = (await getCollection(name as 'contacts')).map((record) => record.data as { id: string; name: Record<string, string> });
    choices[name as CollectionName] = records.map((record) => ({ value: record.id, label: `${inLang(record.name, siteSettings.checkLang)} (${record.id})` }));
  }
  for (const { name } of entryCollections) {
    const originals = (await getCollection(name as 'algorithms')).filter((entry) => splitId(entry.id).lang === defaultLang);
    choices[name as CollectionName] = originals.map((entry) => ({ value: splitId(entry.id).id, label: `${entry.data.title} (${splitId(entry.id).id})` }));
  }
  const ids = (collection: 'categories' | 'organisations' | 'contacts' | 'algorithms') => (choices[collection] ?? []).map((option) => option.value);
  const starters = editorStarters(templateContext('', new Date(), ids));
  const config = cmsConfig({
    repository: repositoryName(siteSettings.repositoryUrl),
    branch: siteSettings.branch,
    contentDir: siteSettings.contentDir,
    lang: siteSettings.checkLang,
    siteUrl: siteSettings.site,
    base: siteSettings.base,
    authUrl: siteSettings.cmsAuthUrl,
    choices,
    starters,
  });
  return new Response(stringify(config, { lineWidth: 0 }), { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
};
