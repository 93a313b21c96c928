/** The open data's .csv files in the dev server; a build writes them itself (`src/adapter/open-data-routes.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataPaths, openDataResponse } from '#adapter/open-data-routes.ts';

export const getStaticPaths = (() => openDataPaths('csv')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => openDataResponse(String(params['name']), 'csv');
