import { browser } from 'wxt/browser';
import { errorResponseSchema, responseSchemaOf, type RequestOf, type RequestType, type ResponseOf } from './messages';

/** Sends a request to the background and validates its answer; throws with a readable reason. */
export async function sendRequest<T extends RequestType>(request: RequestOf<T>): Promise<ResponseOf<T>> {
  const raw: unknown = await browser.runtime.sendMessage(request);
  // Only an answer with an `error` can be a refusal: the refusal's schema is built (on first use)
  // and checked only for one, not on every answer (the content script sends a few on every page).
  if (typeof raw === 'object' && raw !== null && 'error' in raw) {
    const refused = errorResponseSchema().safeParse(raw);
    if (refused.success) throw new Error(refused.data.error);
  }
  const parsed = responseSchemaOf(request.type).safeParse(raw);
  if (!parsed.success) throw new Error(`Unexpected answer from the extension to ${request.type}.`);
  return parsed.data;
}
