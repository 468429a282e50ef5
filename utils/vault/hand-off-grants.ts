import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { createSerialQueue } from './serial-queue';

/**
 * One-time permissions to hand a password to GSTZen's form (README, "The password's path to
 * GSTZen"). Listing the sets for a page grants that tab one fill of one of them; the fill uses
 * the grant up, so each password leaves the background once per list the panel showed, and only
 * to the tab that was shown it. Session storage: the MV3 worker may stop between list and click.
 */
const GRANT_TTL_MS = 10 * 60_000;
const MAX_GRANTS = 20;

const grantSchema = z.object({
  tabId: z.number().check(z.int()),
  token: z.string().check(z.minLength(16), z.maxLength(64)),
  gstin: z.string().check(z.maxLength(20)),
  setIds: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)),
  at: z.number(),
});
type Grant = z.infer<typeof grantSchema>;
const grantsSchema = z.array(grantSchema);

const grantsItem = storage.defineItem<Grant[]>('session:handOffGrants', { fallback: [], version: 1 });
const queue = createSerialQueue();

async function readGrants(now: number): Promise<Grant[]> {
  const parsed = grantsSchema.safeParse(await grantsItem.getValue());
  return (parsed.success ? parsed.data : []).filter((g) => now - g.at >= 0 && now - g.at < GRANT_TTL_MS);
}

/** A new grant for this tab (replacing its earlier one): the token the panel sends back with its click. */
export function grantHandOff(
  tabId: number,
  gstin: string,
  setIds: readonly string[],
  now = Date.now(),
): Promise<string> {
  return queue(async () => {
    const token = randomToken();
    const others = (await readGrants(now)).filter((g) => g.tabId !== tabId);
    await grantsItem.setValue([...others, { tabId, token, gstin, setIds: [...setIds], at: now }].slice(-MAX_GRANTS));
    return token;
  });
}

/** Uses up the tab's grant if it allows this set for this GSTIN; true when it did. */
export function spendHandOffGrant(
  tabId: number,
  token: string,
  gstin: string,
  setId: string,
  now = Date.now(),
): Promise<boolean> {
  return queue(async () => {
    const grants = await readGrants(now);
    const grant = grants.find((g) => g.tabId === tabId && g.token === token);
    if (!grant || grant.gstin !== gstin || !grant.setIds.includes(setId)) return false;
    await grantsItem.setValue(grants.filter((g) => g !== grant));
    return true;
  });
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
