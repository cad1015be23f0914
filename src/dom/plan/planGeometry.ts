/**
 * The plan's pure helpers used to live here; they are now one module per job. Kept as re-exports
 * for importers outside src/dom/plan (the search box, the stand panel, useSearch): new code imports
 * the modules themselves.
 */
export * from './planShapes.ts';
export * from './planArena.ts';
export * from './planLabels.ts';
export * from './contrast.ts';
export * from './zoom.ts';
export * from './standGroups.ts';
