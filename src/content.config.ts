import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { dataRegistry, entryRegistry } from './site-structure';
import { siteSettings } from './site-settings';

// The collections of the site registry (src/site-structure.ts), with the same schemas the content
// check uses, so the build and the check cannot disagree. The check runs first and explains
// problems to editors; these are what give pages their types.
const root = siteSettings.contentDir;
const entries = (name: string) => glob({ pattern: '*/*.mdx', base: `./${root}/${name}` });
const records = (name: string) => file(`./${root}/data/${name}.yaml`, { parser: (text) => parse(text) as Record<string, unknown>[] });

type Registered = (typeof entryRegistry)[number] | (typeof dataRegistry)[number];
/** One collection per registry entry; Astro types each collection's entries from its schema. */
type Collections = { [C in Registered as C['name']]: { loader: ReturnType<typeof glob>; schema: C['schema'] } };

export const collections = Object.fromEntries([
  ...entryRegistry.map((collection) => [collection.name, defineCollection({ loader: entries(collection.name), schema: collection.schema })]),
  ...dataRegistry.map((collection) => [collection.name, defineCollection({ loader: records(collection.name), schema: collection.schema })]),
]) as Collections;
