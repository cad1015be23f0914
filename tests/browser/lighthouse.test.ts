/**
 * Lighthouse's SEO and best-practices categories on the visit's page, served with the production
 * headers: 100 each, or the audits that cost points are named in the failure.
 */
import { describe, expect, inject, it } from 'vitest';
import { measureCategories } from '../../tools/bench/measure/lighthouseCategories.ts';

describe("Lighthouse on the visit's page", () => {
  it('scores 100 for SEO and 100 for best practices', async () => {
    const r = await measureCategories(`${inject('baseUrl')}?lang=fr`);
    console.log(`lighthouse ${r.version}: seo ${r.scores.seo}, best practices ${r.scores['best-practices']}`);
    expect({ scores: r.scores, failing: r.failing }).toEqual({ scores: { seo: 100, 'best-practices': 100 }, failing: [] });
  });
});
