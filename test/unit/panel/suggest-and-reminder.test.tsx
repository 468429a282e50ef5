// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReminderBox } from '@/entrypoints/portal.content/ReminderBox';
import { ReminderController } from '@/entrypoints/portal.content/reminder-controller';
import { SuggestBox } from '@/entrypoints/portal.content/SuggestBox';
import { SuggestController } from '@/entrypoints/portal.content/suggest-controller';
import type { Reminder, Step } from '@/utils/engine/flow';
import { sandboxFlow } from '@/utils/flows/sandbox';
import { readTickedReminders, tickedRemindersItem } from '@/utils/reminders';
import { backgroundInMemory, siteTab, type Send } from './background-in-memory';
import { otpAccepted, portal } from '../engine/replica';
import { useReactRoot } from '../react-root';

const react = useReactRoot();
const testid = (id: string) => react.container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 10)));

describe('the suggest button', () => {
  const step = sandboxFlow.steps.find((s) => s.id === 'sandbox.erp-details')!;
  let visit: AbortController;
  let suggest: SuggestController;

  beforeEach(() => {
    visit?.abort();
    otpAccepted();
    portal.field('rblRegThrough_1').checked = true;
    portal.listCompanies('ERP');
    visit = new AbortController();
    // The background answers as when it kept the pair.
    suggest = new SuggestController(sandboxFlow, document, visit.signal, (async () => ({ id: 'set-1' })) as never);
  });

  it('shows on a step with a suggestion only', () => {
    react.render(<SuggestBox flow={sandboxFlow} step={step} controller={suggest} />);
    expect(testid('suggest')?.textContent).toBe('Suggest a username and password');
    const plain = sandboxFlow.steps.find((s) => s.id === 'sandbox.otp') as Step;
    react.render(<SuggestBox flow={sandboxFlow} step={plain} controller={suggest} />);
    expect(testid('suggest')).toBeNull();
  });

  it('ignores a click made by a page script', async () => {
    react.render(<SuggestBox flow={sandboxFlow} step={step} controller={suggest} />);
    testid('suggest')!.click(); // happy-dom's click is untrusted, like a page's.
    await settle();
    expect(portal.field('txtUserName').value).toBe('');
    expect(testid('suggest-notice')).toBeNull();
  });

  it('after the user click, names the username and never shows the password', async () => {
    react.render(<SuggestBox flow={sandboxFlow} step={step} controller={suggest} />);
    await act(() => suggest.suggest({ isTrusted: true }, step));
    const username = portal.field('txtUserName').value;
    const password = portal.field('txtPassword').value;
    expect(password).not.toBe('');
    const notice = testid('suggest-notice')!;
    expect(notice.textContent).toContain(username);
    expect(notice.textContent).toMatch(/kept both already/);
    expect(notice.textContent).toMatch(/Press “Create” when you are ready/);
    expect(react.container.innerHTML).not.toContain(password);
  });
});

describe('the reminder', () => {
  const reminder: Reminder = {
    id: 'test.clear-invoices',
    title: () => 'Before you start',
    points: [() => 'Clear the sandbox test invoices in GSTZen.', () => 'Keep your phone at hand for the OTP.'],
    tick: () => 'Done, do not show this again',
  };
  let visit: AbortController;
  /** The production portal's content script, through the real background handlers. */
  let send: Send;

  beforeEach(() => {
    visit?.abort();
    fakeBrowser.reset();
    visit = new AbortController();
    ({ send } = backgroundInMemory(siteTab('https://einvoice1.gst.gov.in/')));
  });

  async function shown(flow: { id?: string; reminder?: Reminder } = { reminder }) {
    const controller = new ReminderController({ id: 'production', ...flow }, visit.signal, send);
    react.render(<ReminderBox controller={controller} />);
    await act(() => controller.start());
    return controller;
  }

  it('shows its title, points and tick box until it is ticked', async () => {
    await shown();
    const box = testid('reminder')!;
    expect(box.textContent).toContain('Before you start');
    expect([...box.querySelectorAll('li')].map((li) => li.textContent)).toEqual(
      reminder.points.map((point) => point()),
    );
    expect(testid('reminder-tick')?.closest('label')?.textContent).toContain(reminder.tick());
  });

  it('a change made by the page ticks nothing', async () => {
    await shown();
    testid('reminder-tick')!.click();
    await settle();
    expect(testid('reminder')).not.toBeNull();
    expect(await readTickedReminders()).toEqual([]);
  });

  it('the user tick hides it for good', async () => {
    const controller = await shown();
    await act(() => controller.tick({ isTrusted: true }));
    expect(testid('reminder')).toBeNull();
    expect(await fakeBrowser.storage.local.get('ticked-reminders')).toEqual({ 'ticked-reminders': [reminder.id] });
    await shown(); // The next page.
    expect(testid('reminder')).toBeNull();
  });

  it('shows again when what is stored is not a list of ids', async () => {
    await fakeBrowser.storage.local.set({ 'ticked-reminders': 'test.clear-invoices' });
    await shown();
    expect(testid('reminder')).not.toBeNull();
    await tickedRemindersItem.setValue([reminder.id]);
    await shown();
    expect(testid('reminder')).toBeNull();
  });

  it('shows nothing for a flow without a reminder', async () => {
    await shown({});
    expect(testid('reminder')).toBeNull();
  });

  it('is shown, and its tick not kept, when the background refuses (another site names this one)', async () => {
    ({ send } = backgroundInMemory(siteTab('https://evil.example/')));
    const controller = await shown();
    expect(testid('reminder')).not.toBeNull();
    await act(() => controller.tick({ isTrusted: true }));
    expect(await readTickedReminders()).toEqual([]);
  });
});
