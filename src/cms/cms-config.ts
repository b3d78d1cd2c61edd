import type { CmsConfig } from '@sveltia/cms';
import { defaultLang, langCodes, type Lang } from '../i18n/locales';
import { schemaText } from '../i18n/schema-text';
import { useTranslations } from '../i18n/translator';
import { directiveSyntax, vocabulary, type DirectiveSpec } from '../markdown/vocabulary';
import { collectionLabel, collectionSource, dataCollections, entryCollections, type CollectionName, type EntryCollectionName } from '../site-structure';
import { sitePaths } from '../lib/permalinks';
import { unwrap } from '../lib/schema-shape';
import { cmsFields, splitTechnical, type CmsOption } from './cms-fields';
import { editorComponentIds } from './editor-components';

/**
 * The web editor's configuration (Sveltia CMS, served at /admin/), made from the site map, the
 * schemas and the vocabulary: a collection or a field added there appears here without a line
 * written for it. Served as /admin/config.yml.
 */

export interface CmsSettings {
  /** The GitHub repository, `owner/name`. */
  repository: string;
  branch: string;
  /** The folder content lives in, relative to the repository's root. */
  contentDir: string;
  /** The language the editor's hints and messages are in: the content check's. */
  lang: Lang;
  /** The site's address and base path, for the logo and links back to the site. */
  siteUrl: string;
  base: string;
  /**
   * The address of the OAuth helper that signs editors in with GitHub (Sveltia CMS
   * Authenticator). Without one, editors sign in with a personal access token.
   */
  authUrl?: string | undefined;
  /** The ids (and names) each collection's records and entries can be referred to by. */
  choices: Partial<Record<CollectionName, CmsOption[]>>;
  /** The text a new entry starts with, per collection: the same starting points as `npm run new`. */
  starters: Partial<Record<string, string>>;
}

/** The start of the GitHub environment each pull request's preview is deployed to: `preview-pr-12`. */
export const previewEnvironmentPrefix = 'preview-pr-';

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** `owner/name` from a GitHub repository's address. */
export function repositoryName(repositoryUrl: string): string {
  return new URL(repositoryUrl).pathname.replace(/^\/|\/$/g, '');
}

/** The allowed values of each field that names a record or an entry, by the field's dotted path. */
function referenceChoices(references: readonly { path: string; target: CollectionName }[], settings: CmsSettings): Record<string, CmsOption[]> {
  return Object.fromEntries(references.map((reference) => [reference.path, settings.choices[reference.target] ?? []]));
}

export function cmsConfig(settings: CmsSettings): CmsConfig {
  const t = useTranslations(settings.lang);
  const directives = (vocabulary as readonly DirectiveSpec[]).map((spec) => directiveSyntax(spec.name, spec.kind));
  const bodyHint = t('cms.bodyHint', { directives: [...new Set(directives)].join(', ') });
  const entries = entryCollections.map((collection) => {
    const form = splitTechnical(
      cmsFields(collection.schema, { lang: settings.lang, sharedFields: collection.sharedFields, choices: referenceChoices(collection.references, settings) }),
      collection.technicalFields,
      settings.lang,
    );
    return {
      name: collection.name,
      label: capitalised(collectionLabel(t, collection.name as CollectionName, 'plural')),
      label_singular: capitalised(collectionLabel(t, collection.name as CollectionName)),
      folder: `${settings.contentDir}/${collection.name}`,
      extension: 'mdx',
      format: 'yaml-frontmatter' as const,
      create: true,
      i18n: true,
      identifier_field: 'title',
      // Where the entry's page is, under the site's address or a pull request's preview: the editor's
      // "View Preview" opens the page itself. The file name is fixed, so no address ever moves here.
      preview_path: sitePaths.entry(collection.name as EntryCollectionName, '{{locale}}' as Lang, '{{slug}}'),
      aliases_field: false,
      // No side pane: the editor would draw the fields in its own style and show the vocabulary
      // (:::steps, :source[…]) as raw text, which is not the page. A site-styled pane would be a
      // second drawing of every block, bound to drift from the real one; the pull request's
      // preview is the real page, one click away ("View Preview").
      editor: { preview: false },
      // The file name is the entry's id and its address: typed once, then fixed. The editor calls
      // its field "Slug" whatever its language: the slug options take no label, and it has no
      // registerLocale to rename it; so the hint says what the field is.
      slug: {
        editable: ['create' as const],
        pattern: [collection.idPattern.source, schemaText(settings.lang, collection.idHint)] as [string, string],
        hint: t('cms.fileNameHint', { hint: schemaText(settings.lang, collection.idHint) }),
      },
      // The text's fields, the text, then the records kept about it.
      fields: [
        ...form.content,
        {
          name: 'body',
          label: t('cms.body'),
          widget: 'markdown' as const,
          // Rich text first, with the vocabulary's components in its Insert menu (registered by
          // src/pages/admin/index.astro; they write every block back exactly as they read it);
          // raw Markdown a click away, for anything the components do not cover.
          modes: ['rich_text' as const, 'raw' as const],
          editor_components: editorComponentIds(collection.name as EntryCollectionName),
          hint: bodyHint,
          i18n: true,
          ...(settings.starters[collection.name] ? { default: settings.starters[collection.name] } : {}),
        },
        ...form.technical,
      ],
    };
  });
  const dataFiles = {
    name: 'data',
    label: t('cms.dataFiles'),
    files: dataCollections.map((collection) => {
      const { description } = unwrap(collection.schema).meta;
      return {
        name: collection.name,
        label: capitalised(collectionLabel(t, collection.name as CollectionName, 'plural')),
        file: `${settings.contentDir}/${collectionSource(collection.name)}`,
        format: 'yaml' as const,
        fields: [
          {
            name: 'records',
            label: capitalised(collectionLabel(t, collection.name as CollectionName, 'plural')),
            widget: 'list' as const,
            // The file is a list of records, with nothing around it.
            root: true,
            // The editor rewrites the file without its comments: what they say is said here too.
            ...(description ? { hint: schemaText(settings.lang, description) } : {}),
            fields: cmsFields(collection.schema, { lang: settings.lang, choices: {} }),
          },
        ],
      };
    }),
  };
  return {
    backend: {
      name: 'github',
      repo: settings.repository,
      branch: settings.branch,
      ...(settings.authUrl ? { base_url: settings.authUrl } : { auth_methods: ['token'] }),
      // The pull request workflow reports each preview as a GitHub deployment in an environment
      // named preview-pr-<number> (.github/workflows/pull-request.yml).
      preview_context: previewEnvironmentPrefix,
    },
    // Every change is a branch and a pull request: the checks run, and a reviewer merges.
    publish_mode: 'editorial_workflow',
    app_title: t('cms.title'),
    site_url: new URL(settings.base, settings.siteUrl).href,
    logo: { src: `${settings.base}favicon.svg` },
    // Content has no pictures; the editor needs a folder for its media library all the same.
    media_folder: 'public/media',
    public_folder: `${settings.base}media`,
    // An optional field left empty stays out of the file, as the schemas expect.
    output: { omit_empty_optional_fields: true },
    i18n: { structure: 'multiple_folders', locales: [...langCodes], default_locale: defaultLang },
    collections: [...entries, dataFiles],
  } as unknown as CmsConfig;
}
