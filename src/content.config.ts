/**
 * Wiring only: each collection's loader and schema (src/schemas/), wrapped so that one sync
 * checks the content folder and the references between collections (src/lib/loaders.ts).
 */
import { defineCollection } from 'astro:content';
import { checkedCollections, entryFoldersLoader, proseLoader, yamlListLoader } from './lib/loaders';
import { countySchema } from './schemas/counties';
import { enterpriseSchema } from './schemas/enterprises';
import { exhibitionSchema } from './schemas/exhibitions';
import { giSchema } from './schemas/gis';
import { industrySchema } from './schemas/industries';
import { newsSchema } from './schemas/news';
import { proseSchema } from './schemas/prose';
import { regionalBrandSchema } from './schemas/regional-brands';
import { stationSchema } from './schemas/stations';
import { statSchema } from './schemas/stats';

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
