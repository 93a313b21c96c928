import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { CLAIM_CSV_COLUMNS, claimRecord, claimsCsv } from '#lib/publish/open-data.ts';
import { item, json, site, url } from '../../support/open-data-site.ts';

describe('narrativesData', () => {
  test('returns narratives.json with each narrative, its claims oldest first, its outlets, languages and appearances', () => {
    const data = json('narratives.json');
    expect(data.count).toBe(2);
    expect(item(data, 'deal-threat')).toEqual({
      id: 'deal-threat',
      url: 'https://example.org/narratives/deal-threat/',
      title: 'The deal threatens Argentina',
      summary: 'The narrative deal-threat.',
      firstSeen: '2023-07',
      actors: ['argentina'],
      sources: [{ title: 'Source 4', url: 'https://example.org/s4', archived: null, publisher: null, date: null }],
      corrections: [],
      claims: [
        { article: 'deal', id: 'signed', published: '2023-07-21' },
        { article: 'deal', id: 'threat', published: '2023-07-21' },
      ],
      outlets: [{ outlet: 'tehran-times', claims: 2, languages: ['en'] }],
      languages: [{ language: 'en', claims: 2 }],
      appearances: [{ period: '2023-07', claims: 2, articles: 1 }],
    });
    expect(item(data, 'quiet')).toMatchObject({
      claims: [{ article: 'deal', id: 'threat', published: '2023-07-21' }],
      corrections: [{ date: '2025-02-11', note: 'The title was wrong.', previousRating: null, newRating: null }],
    });
  });
});

describe('claimRecord', () => {
  test('returns the claim with its article, absolute URLs, claimant, verdict label and trimmed assessment', () => {
    expect(claimRecord(site.claims[0]!, url)).toEqual({
      id: 'signed',
      article: 'deal',
      url: 'https://example.org/articles/deal/claims/signed/',
      contextUrl: 'https://example.org/articles/deal/#claim-signed',
      quote: 'In July, Iran signed a memorandum with Bolivia',
      translation: null,
      claimant: 'tehran-times',
      about: ['iran', 'bolivia'],
      narratives: ['deal-threat'],
      kind: 'factual',
      rating: 'supported',
      ratingLabel: 'Supported',
      summary: 'Iran and Bolivia signed a memorandum',
      assessment: 'Both governments published it.',
      sources: [
        { title: 'Source 1', url: 'https://example.org/s1', archived: null, publisher: null, date: null },
        { title: 'Source 2', url: 'https://example.org/s2', archived: null, publisher: 'Gov', date: '2023-07-20' },
      ],
      corrected: '2025-03-01',
      corrections: [{ date: '2025-03-01', note: 'Both texts were found.', previousRating: 'partly-supported', newRating: 'supported' }],
    });
  });

  test('returns the claim\'s own claimant when it has one, and the label of its rating', () => {
    expect(claimRecord(site.claims[1]!, url)).toMatchObject({
      claimant: 'argentina',
      rating: 'not-checkable',
      ratingLabel: 'Not checkable',
      about: [],
      sources: [],
    });
  });
});

describe('claimsCsv', () => {
  const csv = claimsCsv(site.claims, url);
  const rows: string[][] = parse(csv);

  test('returns a header row of CLAIM_CSV_COLUMNS, in order', () => {
    expect(rows[0]).toEqual([...CLAIM_CSV_COLUMNS]);
  });

  test('returns one row per claim with lists joined by " | "', () => {
    expect(rows).toHaveLength(3);
    const [signed] = parse(csv, { columns: true }) as Record<string, string>[];
    expect(signed).toMatchObject({
      article: 'deal',
      id: 'signed',
      url: 'https://example.org/articles/deal/claims/signed/',
      contextUrl: 'https://example.org/articles/deal/#claim-signed',
      claimant: 'tehran-times',
      about: 'iran | bolivia',
      narratives: 'deal-threat',
      ratingLabel: 'Supported',
      sources: 'https://example.org/s1 | https://example.org/s2',
      corrected: '2025-03-01',
      corrections: '2025-03-01: Verdict changed from Partly supported to Supported. Both texts were found.',
    });
  });

  test('returns empty cells for empty lists and quotes commas and double quotes so they read back intact', () => {
    const threat = (parse(csv, { columns: true }) as Record<string, string>[])[1]!;
    expect(threat['narratives']).toBe('deal-threat | quiet');
    expect(threat['about']).toBe('');
    expect(threat['sources']).toBe('');
    expect(threat['corrected']).toBe('');
    expect(threat['corrections']).toBe('');
    expect(threat['translation']).toBe('');
    expect(threat['quote']).toBe('The deal, "a threat", worries Argentina');
  });

  test('returns only the header for no claims', () => {
    expect(claimsCsv([], url).trim()).toBe(CLAIM_CSV_COLUMNS.join(','));
  });
});
