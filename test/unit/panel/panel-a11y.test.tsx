// @vitest-environment happy-dom
// The panel for screen-reader and keyboard users: its polite live region says each new step, and
// Escape folds it with focus on the button that opens it again. (The browser tests walk the same
// with real focus and the real portal: test/e2e/keyboard.test.ts.)
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GuideController } from '@/entrypoints/portal.content/guide-controller';
import { Panel } from '@/entrypoints/portal.content/Panel';
import { sandboxFlow } from '@/utils/flows/sandbox';
import { loadPage, portal } from '../engine/replica';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let shadow: ShadowRoot;
let guide: GuideController;
let visit: AbortController;

/** The panel on the page as the content script mounts it: in an open shadow root after the page. */
function mountPanel() {
  const host = document.createElement('einv-assistant');
  document.body.appendChild(host);
  shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.appendChild(container);
  visit = new AbortController();
  guide = new GuideController(sandboxFlow, document, visit.signal);
  root = createRoot(container);
  act(() => root.render(<Panel flow={sandboxFlow} guide={guide} capture={null} />));
}

const part = (testId: string) => shadow.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const text = (testId: string) => part(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

beforeEach(() => {
  loadPage('registration');
  mountPanel();
});

afterEach(() => {
  act(() => root.unmount());
  visit.abort();
});

describe('the panel for screen readers and the keyboard', () => {
  it('says the new step in its polite live region when the step changes', () => {
    const region = part('step-announcement');
    expect(region?.getAttribute('aria-live')).toBe('polite');
    const first = text('step-announcement');
    expect(first).toMatch(/^Step \d+ of \d+: /);
    expect(first?.endsWith(text('step-title') ?? '-')).toBe(true);

    // The user chooses Tax Payer on the page: the guide reads the page again.
    portal.field('rblUserType_0').checked = true;
    act(() => guide.refresh());
    const second = text('step-announcement');
    expect(second).not.toBe(first);
    expect(second?.endsWith(text('step-title') ?? '-')).toBe(true);
    // The same element: a live region is read when its text changes, not when it is added.
    expect(part('step-announcement')).toBe(region);
  });

  it('keeps saying the step while folded', () => {
    act(() => part('collapse')?.click());
    expect(part('step-title')).toBeNull();
    portal.field('rblUserType_0').checked = true;
    act(() => guide.refresh());
    expect(text('step-announcement')).toMatch(/^Step \d+ of \d+: \S/);
  });

  it('folds on Escape, with focus on the button that opens it again', () => {
    const title = part('step-title');
    title?.focus();
    act(() => {
      title?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    });
    expect(part('collapse')?.getAttribute('aria-expanded')).toBe('false');
    expect(part('step-title')).toBeNull();
    expect(shadow.activeElement).toBe(part('collapse'));
    // Another Escape changes nothing; the button opens it again.
    act(() => {
      part('collapse')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    });
    expect(part('collapse')?.getAttribute('aria-expanded')).toBe('false');
    act(() => part('collapse')?.click());
    expect(part('collapse')?.getAttribute('aria-expanded')).toBe('true');
  });
});
