/** `/corrections.xml`: the corrections log as a feed, newest first, each item linked to the correction on its page. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { href } from '#adapter/href.ts';
import { getSite } from '#adapter/site.ts';
import { SITE } from '#lib/content/identity.ts';
import { correctedKindLabel } from '#lib/content/labels.ts';
import { RATING_SCALE } from '#lib/content/ratings.ts';
import { markdownToPlainText } from '#lib/text/plain-text.ts';

export const GET: APIRoute = async (context) => {
  const { corrections } = await getSite();
  return rss({
    title: `${SITE.name}: corrections`,
    description: `Every correction made to ${SITE.name}'s analyses, claims, actors, events and narratives, newest first.`,
    site: context.site ?? context.url.origin,
    items: corrections.map(({ correction, change, kind, title, path }) => {
      const [year, month, day] = correction.date.split('-').map(Number) as [number, number, number];
      const verdict = change ? `Verdict changed from ${RATING_SCALE[change.from].label} to ${RATING_SCALE[change.to].label}. ` : '';
      return {
        title: `${correctedKindLabel(kind)} corrected: ${title}`,
        // Its link, the correction where its page shows it, is also its guid: it never changes.
        link: href(path),
        pubDate: new Date(Date.UTC(year, month - 1, day)),
        description: `${verdict}${markdownToPlainText(correction.note)}`,
        categories: [correctedKindLabel(kind)],
      };
    }),
    // Links end in a fragment, which must not gain a trailing slash.
    trailingSlash: false,
    customData: '<language>en</language>',
  });
};
