/** The content model's schemas, one module per collection. */
export * from './common.ts';
export * from './actor.ts';
export * from './event.ts';
export * from './narrative.ts';
export * from './article.ts';
