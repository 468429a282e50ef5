// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_VARIANTS, staticVariantPage } from '../../../practice-portal/variant-pages.mjs';
import { performAction } from '@/utils/engine/actions';
import { readTypedCredentials } from '@/utils/engine/capture';
import { evaluateFlow } from '@/utils/engine/evaluate';
import { createPageQuery } from '@/utils/engine/page-query';
import { applySuggestion } from '@/utils/engine/suggest';
import { CLOUDZEN_COMPANY, SANDBOX_ERP_CLIENT_ID, sandboxFlow } from '@/utils/flows/sandbox';

/**
 * The sandbox flow on every markup variant of the replica (practice-portal/README.md), loaded
 * without its scripts. The replica's own data-practice hooks are used here only to play the
 * portal's script (fill a list, type as the user); the engine finds everything by its words.
 */
const role = <T extends HTMLElement = HTMLInputElement>(name: string) =>
  document.querySelector<T>(`[data-practice="${name}"]`)!;
const now = () => evaluateFlow(sandboxFlow, document);
const doStep = async () => {
  const { action } = now().step;
  if (!action) throw new Error(`${now().step.id} has no action`);
  return performAction(document, action, sandboxFlow.policy, { optionWaitMs: 20 });
};
const load = (variant: (typeof SANDBOX_VARIANTS)[number], page: 'registration' | 'create-account', reveal = true) => {
  document.documentElement.innerHTML = staticVariantPage(variant, page, { reveal, gstin: '29AAFCC9980M1ZR' });
};
/** The answer chosen in a question's box: a list's selected option, or its checked radio. */
function chosenIn(box: HTMLElement): string | undefined {
  if (box instanceof HTMLSelectElement) return box.options[box.selectedIndex]?.text.trim();
  return box.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value;
}
/** What the portal does when "Registration through" is chosen: fill the company list. */
function listCompanies(kind: 'ERP' | 'GSP') {
  const select = role<HTMLSelectElement>('company');
  const template = document.getElementById(`practiceCompanies${kind}`) as HTMLTemplateElement;
  for (const option of Array.from(template.content.querySelectorAll('option'))) select.append(option.cloneNode(true));
}
const type = (name: string, value: string) => {
  role(name).value = value;
};

beforeEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe.each(SANDBOX_VARIANTS)('the sandbox flow on the "%s" replica', (variant) => {
  const createPage = variant === 'own-page' ? 'create-account' : 'registration';

  it('chooses Tax Payer, then asks for the taxpayer details, by the words on the page', async () => {
    load(variant, 'registration', false);
    expect(now().step.id).toBe('sandbox.user-type');
    expect(await doStep()).toMatchObject({ ok: true });
    expect(chosenIn(role('user-type'))).toBe('TP');
    const { step, target } = now();
    expect(step.id).toBe('sandbox.taxpayer-details');
    // The first field to fill is the GSTIN, found by its label cell, label or placeholder.
    expect(target).toBe(role('gstin'));
  });

  it('chooses ERP under "Registration through", picks CloudZen over look-alikes, and reads the capture', async () => {
    load(variant, createPage);
    const taxPayer = document.querySelector<HTMLInputElement>('[data-practice="user-type"] input[value="TP"]');
    if (taxPayer) taxPayer.checked = true;
    type('your-gstin', '29AAFCC9980M1ZR');

    expect(now().step.id).toBe('sandbox.registration-through');
    expect(await doStep()).toMatchObject({ ok: true });
    expect(chosenIn(role('reg-through'))).toBe('ERP');
    // The User Type's own "ERP" is left alone.
    if (createPage === 'registration') expect(chosenIn(role('user-type'))).toBe('TP');

    listCompanies('ERP');
    expect(now()).toMatchObject({ step: { id: 'sandbox.erp-details' }, found: true });
    const picked = await doStep();
    expect(picked.ok, picked.message).toBe(true);
    const company = role<HTMLSelectElement>('company');
    expect(company.options[company.selectedIndex]!.text.trim()).toBe(CLOUDZEN_COMPANY);
    expect(role('client-id').value).toBe(SANDBOX_ERP_CLIENT_ID);
    expect(Object.fromEntries(now().checks.map((c) => [c.id, c.result.status]))).toMatchObject({
      company: 'ok',
      'client-id': 'ok',
      username: 'empty',
    });

    type('username', 'variantuser');
    type('password', 'Zen@Trial26');
    expect(readTypedCredentials(document, sandboxFlow.capture!)).toEqual({
      gstin: '29AAFCC9980M1ZR',
      username: 'variantuser',
      password: 'Zen@Trial26',
    });
  });

  it('types a suggestion into the Create Account boxes, based on the trade name where the page shows it', () => {
    load(variant, createPage);
    listCompanies('ERP');
    const tradeName = document.querySelector<HTMLInputElement>('[data-practice="trade-name"]');
    if (tradeName) tradeName.value = 'CLOUDZEN SOFTWARE LABS PRIVATE LIMITED';
    const spec = sandboxFlow.steps.find((s) => s.id === 'sandbox.erp-details')!.suggest!;
    expect(spec.tradeName(createPageQuery(document))).toBe(tradeName ? 'CLOUDZEN SOFTWARE LABS PRIVATE LIMITED' : '');

    const result = applySuggestion(document, spec, { name: 'cloudzen4827', password: 'Kq7#mZt4Wp9x' });
    expect(result).toEqual({ ok: true, username: 'cloudzen4827' });
    expect([role('username').value, role('password').value, role('confirm').value]).toEqual([
      'cloudzen4827',
      'Kq7#mZt4Wp9x',
      'Kq7#mZt4Wp9x',
    ]);
  });
});
