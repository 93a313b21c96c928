/**
 * Date mentions in an article body: each `dates` entry is anchored by its
 * quote, like a claim, and wrapped in a link to its event around a `<time>`
 * whose `datetime` is the date the phrase itself says (`phraseDate`): "August 3"
 * is a day even when its event is known to the month. (The event's full date and
 * title are added to the link after sanitising, by rehype-date-tips.)
 */
import type { Link, PhrasingContent } from 'mdast';
import { phraseDate } from '#lib/content/partial-date.ts';
import type { Article, Event } from '#lib/content/schema/index.ts';
import { dateAnchorId } from '#lib/content/urls.ts';
import type { AnchorRequest } from '#lib/render/plugins/remark-anchors.ts';

/** The element id of each of an article's date mentions, in frontmatter order. */
export function dateMentionIds(article: Article): string[] {
  const counts = new Map<string, number>();
  return article.dates.map((mention) => {
    const n = (counts.get(mention.event) ?? 0) + 1;
    counts.set(mention.event, n);
    return dateAnchorId(mention.event, n);
  });
}

/** The anchor requests of an article's date mentions. */
export function dateAnchorRequests(
  article: Article,
  events: ReadonlyMap<string, { readonly data: Event }>,
  eventHref: (id: string) => string,
): AnchorRequest[] {
  const ids = dateMentionIds(article);
  return article.dates.flatMap((mention, i) => {
    const event = events.get(mention.event)?.data;
    // An unknown event is the reference check's to report; nothing to link it to here.
    if (!event) return [];
    return [
      {
        field: `dates[${i}]`,
        label: `date "${mention.quote}"`,
        group: 'date',
        selector: mention,
        wrap: (children) => {
          const time = {
            type: 'emphasis',
            children: children as PhrasingContent[],
            data: { hName: 'time', hProperties: { dateTime: phraseDate(mention.quote, event.date, event.end) } },
          } as const;
          const link: Link = {
            type: 'link',
            url: eventHref(mention.event),
            children: [time],
            data: { hProperties: { id: ids[i]!, className: ['date-mention'], dataEvent: mention.event } },
          };
          return link;
        },
      },
    ];
  });
}
