/** The open data's .json files in the dev server; a build writes them itself (`src/adapter/open-data-routes.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataPaths, openDataResponse } from '#adapter/open-data-routes.ts';

export const getStaticPaths = (() => openDataPaths('json')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => openDataResponse(String(params['name']), 'json');
