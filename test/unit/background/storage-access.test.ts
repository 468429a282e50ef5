import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { restrictStorageToTrustedContexts } from '@/utils/storage-access';

/** Issue 8, "Content scripts can write storage.local": limited to trusted contexts where Chrome allows it. */
describe('restricting extension storage to trusted contexts', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('asks for TRUSTED_CONTEXTS on local and session when the browser has setAccessLevel (Chrome)', async () => {
    const local = { setAccessLevel: vi.fn(async () => undefined) };
    const session = { setAccessLevel: vi.fn(async () => undefined) };
    expect(await restrictStorageToTrustedContexts({ local, session })).toEqual({
      local: 'restricted',
      session: 'restricted',
    });
    expect(local.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(session.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('does nothing, without throwing, where there is no setAccessLevel (Firefox, Chrome before 102)', async () => {
    expect(await restrictStorageToTrustedContexts({ local: {}, session: undefined })).toEqual({
      local: 'not-supported',
      session: 'not-supported',
    });
    expect(await restrictStorageToTrustedContexts({})).toEqual({ local: 'not-supported', session: 'not-supported' });
  });

  it('survives a browser that refuses it for one area (or throws outright)', async () => {
    const local = {
      setAccessLevel: vi.fn(() => Promise.reject(new Error('This is only supported for session storage.'))),
    };
    const session = {
      setAccessLevel: vi.fn(() => {
        throw new Error('boom');
      }),
    };
    expect(await restrictStorageToTrustedContexts({ local, session })).toEqual({
      local: 'refused',
      session: 'refused',
    });
  });

  it('is called by the background on startup, which survives its absence', async () => {
    const { default: background } = await import('@/entrypoints/background');
    const storage = fakeBrowser.storage as unknown as Record<'local' | 'session', Record<string, unknown>>;

    // Absent (fakeBrowser, like Firefox): the background starts and answers messages.
    expect('setAccessLevel' in storage.local).toBe(false);
    expect(() => background.main()).not.toThrow();

    const local = vi.fn(async () => undefined);
    const session = vi.fn(async () => undefined);
    storage.local.setAccessLevel = local;
    storage.session.setAccessLevel = session;
    try {
      background.main();
      await vi.waitFor(() => expect(session).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' }));
      expect(local).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    } finally {
      delete storage.local.setAccessLevel;
      delete storage.session.setAccessLevel;
    }
  });
});
