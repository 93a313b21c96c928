/** Ids from free text: lower-case ASCII words joined by hyphens, as `IdSchema` requires. */
/**
 * Turns `text` into an id: accents folded ("Fernández" → "fernandez"),
 * apostrophes dropped ("Iran's" → "irans"), every other run of non-letters a
 * hyphen, at most `maxWords` words. Returns `undefined` when nothing is left.
 */
export function slugify(text: string, maxWords = 8): string | undefined {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  const slug = words.slice(0, maxWords).join('-');
  // Runs of [a-z0-9] joined by single hyphens: an id whenever there is at least one word.
  return slug === '' ? undefined : slug;
}

/** `base`, or `base-2`, `base-3`… : the first that `taken` does not hold (which it then holds). */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
