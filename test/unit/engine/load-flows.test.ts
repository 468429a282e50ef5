// The content script loads only its site's flows (utils/flows/load.ts): the same flows, in the
// same order, as the registry (utils/flows/index.ts) gives for every origin.
import { describe, expect, it } from 'vitest';
import { flowsForOrigin, SITES } from '@/utils/flows';
import { loadFlowsForOrigin } from '@/utils/flows/load';

describe('loading a site’s flows on demand', () => {
  it('gives every site’s origin the registry’s flows', async () => {
    const origins = SITES.flatMap((site) => site.origins);
    expect(origins.length).toBeGreaterThanOrEqual(3);
    for (const origin of origins) {
      const loaded = await loadFlowsForOrigin(origin);
      expect(loaded.length, origin).toBeGreaterThan(0);
      expect(loaded, origin).toEqual(flowsForOrigin(origin));
    }
  });

  it('gives any other origin none', async () => {
    for (const origin of [
      'https://my.gstzen.in.example.com',
      'https://einv-apisandbox.nic.in:8443',
      'https://example.com',
    ]) {
      expect(await loadFlowsForOrigin(origin)).toEqual([]);
    }
  });
});
