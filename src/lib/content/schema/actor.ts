/** The frontmatter of `content/actors/<id>.md`. */
import { z } from 'zod';
import { CorrectionsSchema, IdSchema, LineTextSchema, PartialDateSchema, SourceSchema } from './common.ts';

/** What sort of actor an entry describes. */
export const ACTOR_KINDS = ['person', 'organization', 'country', 'region', 'group', 'media'] as const;

/** A position an actor held, such as a ministry. */
export const RoleSchema = z.strictObject({
  /** The position, e.g. "Minister of Defence". */
  title: LineTextSchema,
  /** The actor id of the body the position belongs to. */
  of: IdSchema.optional(),
  /** When the role began (partial date). */
  from: PartialDateSchema.optional(),
  /** When the role ended (partial date); absent while it lasts. */
  to: PartialDateSchema.optional(),
});

/** A domain name such as `tehrantimes.com`, without scheme, path or `www.`. */
const DomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?!www\.)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, {
    error: 'expected a domain name such as "tehrantimes.com", without https:// or www.',
  });

/** A person, organisation, country, region, group or outlet named in articles. */
export const ActorSchema = z
  .strictObject({
    /** Display name; always matched as an alias in article text. */
    name: LineTextSchema,
    /** What sort of actor this is. */
    kind: z.enum(ACTOR_KINDS),
    /** Other spellings matched in article text (case-sensitive, whole words). */
    aliases: z
      .array(
        LineTextSchema.min(2, { error: 'expected an alias of at least 2 characters' })
          .regex(/[\p{L}\p{N}]/u, { error: 'expected an alias with a letter or digit in it' }),
      )
      .default([]),
    /** One line saying who or what this is, shown in cards and search. */
    summary: LineTextSchema.max(200),
    /** Wikidata id (`Q` and digits), only where verified; becomes schema.org `sameAs`. */
    wikidata: z.string().regex(/^Q[1-9]\d*$/, { error: 'expected a Wikidata id such as "Q794"' }).optional(),
    /** Positions held, with their dates. */
    roles: z.array(RoleSchema).default([]),
    /** Public sources for the summary and the body. */
    sources: z.array(SourceSchema).default([]),
    /**
     * An outlet's home domains, subdomains included. A source that names the
     * outlet as its publisher must be on one of them, and a source on one of
     * them must name the outlet.
     */
    website: z.array(DomainSchema).min(1).optional(),
    /** Changes made to the entry since it was published. */
    corrections: CorrectionsSchema,
  })
  .refine((actor) => actor.website === undefined || actor.kind === 'media', {
    error: (issue) => `expected \`website\` only on an outlet (kind: media), not on a ${String((issue.input as { kind?: unknown }).kind)}`,
    path: ['website'],
  });

/** An actor as the site model holds it. */
export type Actor = z.output<typeof ActorSchema>;
/** What sort of actor. */
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** A role an actor holds or held. */
export type ActorRole = z.output<typeof RoleSchema>;
