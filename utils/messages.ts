import { z } from 'zod/mini';
import { ENVIRONMENTS } from './environments';
import { buildBoardEntrySchema } from './board/observation';
import { buildCredentialSetSchema } from './vault/credential-set';
import { buildFailedSaveSchema } from './vault/failed-save-schema';
import { LANGUAGE_CHOICES } from './i18n/languages';
import type { requestSchema } from './message-requests';

/**
 * The answers to every message (the requests and who may send them: utils/message-requests.ts,
 * parsed by the background alone). Each answer's schema is built the first time an answer of its
 * kind is checked, not on load: the content script runs on every portal page and sends few kinds.
 */
const environmentSchema = () => z.enum(ENVIRONMENTS);

type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

const responseSchemaBuilders = {
  'capture.save': () => z.object({ id: z.string() }),
  'capture.suggest': () => z.object({ id: z.string() }),
  /** A pending capture as a content script may see it: never the password. */
  'capture.claim-pending': () => z.object({ pending: z.nullable(z.object({ id: z.string(), username: z.string() })) }),
  'capture.settle': () => z.object({ settled: z.boolean() }),
  /** A set as GSTZen's page may see it: never the password. `username` is the name to type (final). */
  'handoff.offer': () =>
    z.object({
      grant: z.string(),
      sets: z.array(
        z.object({
          id: z.string(),
          env: environmentSchema(),
          gstin: z.string(),
          username: z.string(),
          status: z.enum(['captured', 'confirmed', 'rejected']),
          capturedAt: z.number(),
        }),
      ),
    }),
  'handoff.fill': () =>
    z.object({
      env: environmentSchema(),
      username: z.string(),
      password: z.string(),
      clientId: z.string(),
      clientSecret: z.string(),
    }),
  'capture.settle-named': () => z.object({ settled: z.boolean() }),
  // The list is empty on nearly every page: the record's schema is built only for a first record.
  'capture.failed-saves': () => z.object({ failed: z.array(z.lazy(buildFailedSaveSchema)) }),
  'capture.acknowledge-failed': () => z.object({ acknowledged: z.boolean() }),
  'ui.show-credentials': () => z.object({ opened: z.boolean() }),
  'reminder.read': () => z.object({ ticked: z.boolean() }),
  'reminder.tick': () => z.object({ ticked: z.boolean() }),
  'language.get': () => z.object({ choice: z.enum(LANGUAGE_CHOICES) }),
  'language.catalog': () =>
    z.object({ messages: z.record(z.string().check(z.maxLength(100)), z.string().check(z.maxLength(5000))) }),
  /**
   * `unreadableCopy`: an encrypted copy is kept that cannot be read (its key is gone); it is left
   * as it is and `sets` are the ones kept in session storage meanwhile.
   */
  'vault.list': () =>
    z.object({
      sets: z.array(buildCredentialSetSchema()),
      keepOnDevice: z.boolean(),
      unreadableCopy: z.boolean(),
    }),
  'vault.forget': () => z.object({ forgotten: z.boolean() }),
  'vault.keep-on-device': () => z.object({ keepOnDevice: z.boolean() }),
  'vault.discard-unreadable': () => z.object({ discarded: z.boolean() }),
  'failed-save.list': () => z.object({ failed: z.array(buildFailedSaveSchema()) }),
  'failed-save.acknowledge': () => z.object({ acknowledged: z.boolean() }),
  'board.observe': () => z.object({ entry: buildBoardEntrySchema() }),
  'board.list': () => z.object({ board: z.array(buildBoardEntrySchema()) }),
  'board.tick': () => z.object({ board: z.array(buildBoardEntrySchema()) }),
  'board.forget': () => z.object({ forgotten: z.boolean() }),
  'clipboard.schedule-clear': () => z.object({ scheduled: z.boolean() }),
} satisfies Record<RequestType, () => z.ZodMiniType>;
export type ResponseOf<T extends RequestType> = z.infer<ReturnType<(typeof responseSchemaBuilders)[T]>>;

const builtResponseSchemas = new Map<RequestType, z.ZodMiniType>();

/** The schema of the answer to a request of this type, built on first use. */
export function responseSchemaOf<T extends RequestType>(type: T): z.ZodMiniType<ResponseOf<T>> {
  let schema = builtResponseSchemas.get(type);
  if (!schema) {
    schema = responseSchemaBuilders[type]();
    builtResponseSchemas.set(type, schema);
  }
  return schema as z.ZodMiniType<ResponseOf<T>>;
}

let errorResponse: z.ZodMiniObject<{ error: z.ZodMiniString<string> }> | null = null;
/** What the background answers when it refuses or fails: a reason a person can read. Built on first use. */
export function errorResponseSchema() {
  errorResponse ??= z.object({ error: z.string() });
  return errorResponse;
}
