// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CredentialCard } from '@/components/CredentialCard';
import type { CredentialSet } from '@/utils/vault/credential-set';
import { useReactRoot } from '../react-root';

const PASSWORD = 'Hidden$Pass-42';
const set: CredentialSet = {
  id: 'set-1',
  env: 'sandbox',
  gstin: '29AABCC1234D1Z5',
  username: 'acme_api',
  password: PASSWORD,
  capturedAt: Date.UTC(2026, 10, 28, 10),
  updatedAt: Date.UTC(2026, 10, 28, 10),
  status: 'rejected',
  portalMessage: 'API user already created',
  alreadyCreated: true,
};

/** A production set pressed on the portal, its answer not seen, the name typed without API_. */
const PRODUCTION_CAPTURED: CredentialSet = {
  ...set,
  id: 'set-prod',
  env: 'production',
  username: 'gstzenprod01',
  status: 'captured',
  portalMessage: undefined,
  alreadyCreated: undefined,
};

const react = useReactRoot();

function render(onCopy = vi.fn(async () => undefined), onForget = vi.fn(async () => undefined), shown = set) {
  react.render(<CredentialCard set={shown} onCopy={onCopy} onForget={onForget} />);
  return { onCopy, onForget };
}

const $ = (testId: string) => react.container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

describe('CredentialCard', () => {
  it('shows the set with its hooks, and the password only after Reveal', () => {
    render();
    const article = $('credential');
    expect(article?.dataset).toMatchObject({ env: 'sandbox', gstin: '29AABCC1234D1Z5', status: 'rejected' });
    expect($('username')?.textContent).toBe('acme_api');
    expect($('gstzen-client-id')?.textContent).toBe('ZENTRIAL');
    expect($('status')?.textContent).toBe(
      'Refused. The portal said (its own words, not the assistant’s): API user already created',
    );
    expect($('rejected-explanation')?.textContent).toMatch(/already created/);

    expect($('password')?.textContent).toBe('••••••••');
    expect(react.container.textContent).not.toContain(PASSWORD);
    expect(react.container.innerHTML).not.toContain(PASSWORD);

    act(() => $('reveal-password')?.click());
    expect($('password')?.textContent).toBe(PASSWORD);
    expect($('reveal-password')?.getAttribute('aria-pressed')).toBe('true');

    act(() => $('reveal-password')?.click());
    expect(react.container.textContent).not.toContain(PASSWORD);
  });

  it('explains the "already created" quirk only for that kind of refusal', () => {
    render(undefined, undefined, {
      ...set,
      portalMessage: 'This username is already registered.',
      alreadyCreated: undefined,
    });
    expect($('status')?.textContent).toBe(
      'Refused. The portal said (its own words, not the assistant’s): This username is already registered.',
    );
    expect($('rejected-explanation')).toBeNull();
    expect($('gstzen-line')?.textContent).toMatch(/did not create this API user/);
  });

  it('shows the name the portal created, to copy into GSTZen, and the name typed', async () => {
    const { onCopy } = render(undefined, undefined, {
      ...set,
      env: 'production',
      username: 'acme',
      finalUsername: 'API_acme',
      status: 'confirmed',
      portalMessage: undefined,
      alreadyCreated: undefined,
    });
    expect($('username')?.textContent).toBe('API_acme');
    expect($('typed-username')?.textContent).toMatch(/you typed acme/);
    expect($('gstzen-client-id')?.textContent).toBe('ZENLIVE');
    expect($('gstzen-line')?.textContent).toMatch(/^In GSTZen .*type these/);
    await act(async () => $('copy-username')?.click());
    expect(onCopy).toHaveBeenCalledWith('API_acme');
  });

  it('shows a production set with the API_ name to type, ZENLIVE, and GSTZen box names', async () => {
    const { onCopy } = render(undefined, undefined, PRODUCTION_CAPTURED);
    expect($('credential')?.dataset).toMatchObject({ env: 'production', status: 'captured' });
    expect($('username')?.textContent).toBe('API_gstzenprod01');
    expect($('prefix-note')?.textContent).toMatch(/you typed gstzenprod01; the production portal puts API_ before/);
    expect($('gstzen-client-id')?.textContent).toBe('ZENLIVE');
    expect($('gstzen-client-secret')?.textContent).toBe('ZENLIVE');
    // GSTZen's box names, each above its value, in the form's order.
    const names = [...react.container.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(names).toEqual([
      'E-Invoice API Portal Username',
      'E-Invoice API Portal Password',
      'E-Invoice Client ID',
      'E-Invoice Client Secret Key',
    ]);
    expect($('username')?.closest('dd')?.previousElementSibling?.textContent).toBe('E-Invoice API Portal Username');
    expect($('gstzen-line')?.textContent).toMatch(/Change E-Invoice Portal Login details/);
    expect(react.container.innerHTML).not.toContain(PASSWORD);

    await act(async () => $('copy-username')?.click());
    await act(async () => $('copy-gstzen-client-secret')?.click());
    expect(onCopy.mock.calls).toEqual([['API_gstzenprod01'], ['ZENLIVE']]);
  });

  it('does not add a second API_ to a production name typed with it', () => {
    render(undefined, undefined, { ...PRODUCTION_CAPTURED, username: 'API_gstzenprod01' });
    expect($('username')?.textContent).toBe('API_gstzenprod01');
    expect($('prefix-note')).toBeNull();
  });

  it('leaves a sandbox name as typed', () => {
    render(undefined, undefined, { ...set, status: 'confirmed', portalMessage: undefined, alreadyCreated: undefined });
    expect($('username')?.textContent).toBe('acme_api');
    expect($('prefix-note')).toBeNull();
    expect($('gstzen-client-secret')?.textContent).toBe('ZENTRIAL');
  });

  it('names the environment on every copy and reveal button', () => {
    render(undefined, undefined, PRODUCTION_CAPTURED);
    const copyButtons = [...react.container.querySelectorAll('button.copy-button')];
    expect(copyButtons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Copy production username',
      'Copy production password',
      'Copy production GSTZen client ID',
      'Copy production GSTZen client secret',
    ]);
    for (const button of copyButtons) expect(button.querySelector('.copy-badge')?.textContent).toBe('Production');
    expect($('reveal-password')?.getAttribute('aria-label')).toBe('Reveal production password');
    expect($('env-badge')?.textContent).toBe('Production');
  });

  it("starts each copy button's name with its visible words, after a copy and after a refused one (WCAG 2.5.3)", async () => {
    const words = (text: string) =>
      text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    const nameHoldsText = (b: Element | null) =>
      words(b?.getAttribute('aria-label') ?? '').startsWith(words(b?.textContent ?? '-'));
    render(
      vi.fn(async () => undefined),
      undefined,
      PRODUCTION_CAPTURED,
    );
    const button = () => $('copy-username');
    expect(nameHoldsText(button())).toBe(true);
    await act(async () => button()?.click());
    expect(button()?.getAttribute('aria-label')).toBe('Copied: production username');
    expect(nameHoldsText(button())).toBe(true);

    render(
      vi.fn(async () => Promise.reject(new Error('no clipboard'))),
      undefined,
      PRODUCTION_CAPTURED,
    );
    await act(async () => button()?.click());
    expect(button()?.getAttribute('aria-label')).toBe('Copy failed: production username');
    expect(nameHoldsText(button())).toBe(true);
  });

  it('explains a production set whose answer was not seen, and how to check it on the portal', () => {
    render(undefined, undefined, { ...PRODUCTION_CAPTURED, capturedAt: Date.now() - 60_000 });
    const explanation = $('captured-explanation')?.textContent ?? '';
    expect(explanation).toMatch(/not seen the portal's answer/);
    expect(explanation).toMatch(/"Api user API_gstzenprod01 has been created successfully"/);
    expect(explanation).toMatch(/Log in to einvoice1\.gst\.gov\.in/);
    expect(explanation).toMatch(/API Registration › User Credentials/);
    expect(explanation).toMatch(/Change API Password/);
    expect(explanation).toMatch(/If it is not there, create it again/);
    expect($('status')?.textContent).toBe("Captured — waiting for the portal's answer");
  });

  it('says "no answer seen" for a capture still waiting after a day', () => {
    render(undefined, undefined, { ...PRODUCTION_CAPTURED, capturedAt: Date.now() - 2 * 24 * 60 * 60_000 });
    expect($('status')?.textContent).toBe('No answer seen — check on the portal whether this API user exists');
  });

  it("keeps the sandbox's one line for a set whose answer was not seen", () => {
    render(undefined, undefined, { ...set, status: 'captured', portalMessage: undefined, alreadyCreated: undefined });
    expect($('captured-explanation')).toBeNull();
    expect($('gstzen-line')?.textContent).toBe(
      "The portal's answer was not seen: check on the portal that this API user exists before typing these in GSTZen.",
    );
  });

  it('says a suggested set is only a proposal until the portal accepts it', () => {
    const suggested = { ...PRODUCTION_CAPTURED, status: 'suggested' as const };
    render(undefined, undefined, suggested);
    expect($('credential')?.dataset.status).toBe('suggested');
    expect($('status')?.textContent).toBe('Suggested — not submitted yet');
    expect($('suggested-explanation')?.textContent).toBe(
      "The assistant typed these into the portal's boxes. If you pressed Submit and the portal accepted them, they are your credentials; otherwise they are only a proposal.",
    );
    expect($('captured-explanation')).toBeNull();
    expect($('gstzen-line')?.textContent).toMatch(/^Only once the portal has created this API user/);

    react.render(<CredentialCard set={{ ...suggested, env: 'sandbox' }} onCopy={vi.fn()} onForget={vi.fn()} />);
    expect($('suggested-explanation')?.textContent).toMatch(/If you pressed Create and/);
  });

  it('copies the password without revealing it', async () => {
    const { onCopy } = render();
    await act(async () => $('copy-password')?.click());
    expect(onCopy).toHaveBeenCalledWith(PASSWORD);
    expect(react.container.textContent).not.toContain(PASSWORD);
  });

  it('asks inside the card before forgetting', async () => {
    const { onForget } = render();
    act(() => $('forget')?.click());
    expect(onForget).not.toHaveBeenCalled();
    expect(document.activeElement).toBe($('cancel-forget'));
    act(() => $('cancel-forget')?.click());
    expect($('confirm-forget')).toBeNull();

    act(() => $('forget')?.click());
    await act(async () => $('confirm-forget')?.click());
    expect(onForget).toHaveBeenCalledWith('set-1');
  });
});
