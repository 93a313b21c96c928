/** The open-data files, from the site model: one function per file. */
import { href } from './href.ts';
import { getBacklinks, getClaimViews, getEventViews, getSiteModel } from './site.ts';
import {
  type Absolute,
  actorsData,
  articlesData,
  claimsCsv,
  claimsData,
  eventsData,
} from '../lib/open-data.ts';

const absolute: Absolute = (path) => new URL(href(path), import.meta.env.SITE ?? 'http://localhost:4321').href;

const claimInputs = async () =>
  (await getClaimViews()).map(({ article, claim, claimant }) => ({ article, claim, claimant: claimant.id }));

/** The content of each file under `/data/`, by file name. */
export const OPEN_DATA = {
  'articles.json': async () => JSON.stringify(articlesData((await getSiteModel()).articles, absolute), null, 2),
  'actors.json': async () => {
    const [site, backlinks] = await Promise.all([getSiteModel(), getBacklinks()]);
    const articlesOf = (id: string) => backlinks.get(id)?.articles.map((article) => article.id) ?? [];
    return JSON.stringify(actorsData(site.actors, articlesOf, absolute), null, 2);
  },
  'events.json': async () => JSON.stringify(eventsData(await getEventViews(), absolute), null, 2),
  'claims.json': async () => JSON.stringify(claimsData(await claimInputs(), absolute), null, 2),
  'claims.csv': async () => claimsCsv(await claimInputs(), absolute),
} as const;

/** A data file's name. */
export type DataFileName = keyof typeof OPEN_DATA;
