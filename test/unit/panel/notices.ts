import type { CaptureNotice } from '@/entrypoints/portal.content/capture-controller';

/** One capture notice of each kind the assistant shows once the credentials are kept. */
export const KEPT_NOTICES: CaptureNotice[] = [
  { kind: 'captured', username: 'acme_api', button: 'Create' },
  { kind: 'confirmed', username: 'acme_api' },
  {
    kind: 'rejected',
    username: 'acme_api',
    portalMessage: 'GSTIN already registered',
    alreadyCreated: true,
    button: 'Create',
  },
  {
    kind: 'rejected',
    username: 'acme_api',
    portalMessage: 'Password is not valid',
    alreadyCreated: false,
    button: 'Create',
  },
];

export const NOT_KEPT_NOTICE: CaptureNotice = { kind: 'not-kept', reason: 'no answer' };
