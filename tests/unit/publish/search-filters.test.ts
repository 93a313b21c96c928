import { describe, expect, test } from 'vitest';
import { filtersFile } from '#lib/publish/search-filters.ts';

describe('filtersFile', () => {
  test('lists the fixed values in order, and outlets and actors once each, by name, safe as filter values', () => {
    const file = filtersFile({ outlets: ['Tehran Times', 'AP', 'Tehran Times'], actors: ['Iran', '<b>Bold</b>', 'Álvaro'] });
    expect(file.type).toEqual(['Article', 'Actor', 'Claim', 'Event', 'Narrative']);
    expect(file.rating).toEqual(['Supported', 'Partly supported', 'Disputed', 'Unsupported', 'False', 'Not checkable']);
    expect(file.genre).toEqual(['News', 'Opinion', 'Analysis', 'Explainer']);
    expect(file.outlet).toEqual(['AP', 'Tehran Times']);
    expect(file.actor).toEqual(['‹b›Bold‹/b›', 'Álvaro', 'Iran']);
  });
});
