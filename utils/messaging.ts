import { browser } from 'wxt/browser';
import { errorResponseSchema, responseSchemaOf, type RequestOf, type RequestType, type ResponseOf } from './messages';

/** Sends a request to the background and validates its answer; throws with a readable reason. */
export async function sendRequest<T extends RequestType>(request: RequestOf<T>): Promise<ResponseOf<T>> {
  const raw: unknown = await browser.runtime.sendMessage(request);
  const refused = errorResponseSchema().safeParse(raw);
  if (refused.success) throw new Error(refused.data.error);
  const parsed = responseSchemaOf(request.type).safeParse(raw);
  if (!parsed.success) throw new Error(`Unexpected answer from the extension to ${request.type}.`);
  return parsed.data;
}
