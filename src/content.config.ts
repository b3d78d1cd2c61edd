import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { dataCollections, entryCollections, contentRoot } from './schemas/collections';

// The same schemas the content check uses, so the build and `npm run check` cannot disagree.
const root = contentRoot();

const entries = Object.fromEntries(
  entryCollections.map((collection) => [
    collection.name,
    defineCollection({
      loader: glob({ pattern: '*/*.{md,mdx}', base: `./${root}/${collection.name}` }),
      schema: collection.schema,
    }),
  ]),
);

const data = Object.fromEntries(
  dataCollections.map((collection) => [
    collection.name,
    defineCollection({
      loader: file(`./${root}/data/${collection.name}.yaml`, { parser: (text) => parse(text) as Record<string, unknown>[] }),
      schema: collection.schema,
    }),
  ]),
);

export const collections = { ...entries, ...data };
