/** `/rss.xml`: the analysed articles, newest first, with the analysts' summaries. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { href } from '#adapter/href.ts';
import { getSite } from '#adapter/site.ts';
import { SITE } from '#lib/content/identity.ts';
import { GENRE_LABELS } from '#lib/content/labels.ts';
import { toPartialDate } from '#lib/content/partial-date.ts';
import { paths } from '#lib/content/urls.ts';

export const GET: APIRoute = async (context) => {
  const { articles } = await getSite();
  return rss({
    title: SITE.name,
    description: `${SITE.tagline}.`,
    site: context.site ?? context.url.origin,
    items: articles.map(({ article, outlet }) => {
      // An item's date is when the analysis appeared (at the precision recorded, taken at its first day).
      const { year, month = 1, day = 1 } = toPartialDate(article.data.analysed);
      return {
        title: article.data.title,
        link: href(paths.article(article.id)),
        pubDate: new Date(Date.UTC(year, month - 1, day)),
        description: article.data.summary,
        categories: [GENRE_LABELS[article.data.genre], outlet.data.name],
      };
    }),
    customData: '<language>en</language>',
  });
};
