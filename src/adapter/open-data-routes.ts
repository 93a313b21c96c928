/**
 * The open-data files as the dev server serves them, for the routes
 * `src/pages/data/[name].json.ts` and `[name].csv.ts` (one route per
 * extension, so that the dev server, which wants a slash after every page,
 * serves them under their file names). A build lists no path for either: it
 * writes the files itself once the pages are written (`open-data-output.ts`).
 */
import { OPEN_DATA_FILES, type OpenDataFile, openDataFile } from '#lib/publish/open-data.ts';
import { absoluteUrl } from './href.ts';
import { getSite } from './site.ts';

const TYPES = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8' } as const;

/** The paths of the open-data files with the extension `extension`, in the dev server; none in a build. */
export function openDataPaths(extension: keyof typeof TYPES): { params: { name: string } }[] {
  if (!import.meta.env.DEV) return [];
  return OPEN_DATA_FILES.filter((file) => file.endsWith(`.${extension}`)).map((file) => ({ params: { name: file.slice(0, -extension.length - 1) } }));
}

/** The open-data file `<name>.<extension>`. */
export async function openDataResponse(name: string, extension: keyof typeof TYPES): Promise<Response> {
  const file = `${name}.${extension}` as OpenDataFile;
  return new Response(openDataFile(await getSite(), file, absoluteUrl), { headers: { 'Content-Type': TYPES[extension] } });
}
