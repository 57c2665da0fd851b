/**
 * Wiring only: each collection's loader and schema (src/content-model/schemas/), wrapped so that one sync
 * checks the content folder and the references between collections (src/content-model/loaders.ts).
 */
import { defineCollection } from 'astro:content';
import {
  checkedCollections,
  entryFoldersLoader,
  proseLoader,
  yamlListLoader,
} from './content-model/loaders';
import { countySchema } from './content-model/schemas/counties';
import { enterpriseSchema } from './content-model/schemas/enterprises';
import { exhibitionSchema } from './content-model/schemas/exhibitions';
import { giSchema } from './content-model/schemas/gis';
import { industrySchema } from './content-model/schemas/industries';
import { newsSchema } from './content-model/schemas/news';
import { proseSchema } from './content-model/schemas/prose';
import { regionalBrandSchema } from './content-model/schemas/regional-brands';
import { stationSchema } from './content-model/schemas/stations';
import { statSchema } from './content-model/schemas/stats';

export const collections = checkedCollections({
  counties: defineCollection({ loader: yamlListLoader('counties.yaml'), schema: countySchema }),
  industries: defineCollection({
    loader: yamlListLoader('industries.yaml'),
    schema: industrySchema,
  }),
  stats: defineCollection({ loader: yamlListLoader('stats.yaml'), schema: statSchema }),
  enterprises: defineCollection({
    loader: entryFoldersLoader('enterprises'),
    schema: enterpriseSchema,
  }),
  gis: defineCollection({ loader: entryFoldersLoader('gis'), schema: giSchema }),
  'regional-brands': defineCollection({
    loader: entryFoldersLoader('regional-brands'),
    schema: regionalBrandSchema,
  }),
  stations: defineCollection({ loader: entryFoldersLoader('stations'), schema: stationSchema }),
  news: defineCollection({ loader: entryFoldersLoader('news'), schema: newsSchema }),
  exhibitions: defineCollection({
    loader: entryFoldersLoader('exhibitions'),
    schema: exhibitionSchema,
  }),
  prose: defineCollection({ loader: proseLoader(), schema: proseSchema }),
});
