import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage, type MessageSender, type Services } from '@/entrypoints/background/handlers';
import type { RequestOf, RequestType, ResponseOf } from '@/utils/messages';
import { memoryKeyStore } from '@/utils/vault/key-store';
import { createVault, type Vault } from '@/utils/vault/vault';
import { createBoardStore } from '@/utils/board/store';

export type Send = <T extends RequestType>(request: RequestOf<T>) => Promise<ResponseOf<T>>;

/** A site's content script in a tab's top frame, as the background sees its messages. */
export function siteTab(url: string, tabId = 3): MessageSender {
  return {
    id: fakeBrowser.runtime.id,
    url,
    origin: new URL(url).origin,
    tab: { id: tabId } as MessageSender['tab'],
    frameId: 0,
  };
}

/**
 * The real background handlers with a vault in memory: only the transport (runtime.sendMessage)
 * is replaced. `sent` lists every request, in order. Call in `beforeEach` after fakeBrowser.reset().
 */
export function backgroundInMemory(sender: MessageSender): {
  vault: Vault;
  send: Send;
  sent: RequestOf<RequestType>[];
} {
  const vault = createVault({ keyStore: memoryKeyStore() });
  const services: Services = {
    vault,
    board: createBoardStore(),
    scheduleClipboardClear: vi.fn(),
    openCredentialsTab: vi.fn(async () => undefined),
  };
  const sent: RequestOf<RequestType>[] = [];
  const send: Send = async (request) => {
    sent.push(request);
    const answer = (await handleMessage(request, sender, services)) as
      ResponseOf<typeof request.type> | { error: string };
    if ('error' in answer) throw new Error(answer.error);
    return answer as never;
  };
  return { vault, send, sent };
}
