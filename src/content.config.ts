import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { algorithmSchema } from './schemas/algorithm';
import { categorySchema } from './schemas/category';
import { siteSettings } from './site-settings';
import { contactSchema } from './schemas/contact';
import { minutesSchema } from './schemas/minutes';
import { organisationSchema } from './schemas/organisation';
import { pageSchema } from './schemas/page';
import { recommendationSchema } from './schemas/recommendation';

// The same schemas the content check uses (src/schemas/collections.ts), so the build and the
// check cannot disagree. The check runs first and explains problems to editors; these are
// what give pages their types.
const root = siteSettings.contentDir;
const entries = (name: string) => glob({ pattern: '*/*.mdx', base: `./${root}/${name}` });
const records = (name: string) => file(`./${root}/data/${name}.yaml`, { parser: (text) => parse(text) as Record<string, unknown>[] });

export const collections = {
  algorithms: defineCollection({ loader: entries('algorithms'), schema: algorithmSchema }),
  minutes: defineCollection({ loader: entries('minutes'), schema: minutesSchema }),
  recommendations: defineCollection({ loader: entries('recommendations'), schema: recommendationSchema }),
  pages: defineCollection({ loader: entries('pages'), schema: pageSchema }),
  organisations: defineCollection({ loader: records('organisations'), schema: organisationSchema }),
  contacts: defineCollection({ loader: records('contacts'), schema: contactSchema }),
  categories: defineCollection({ loader: records('categories'), schema: categorySchema }),
};
