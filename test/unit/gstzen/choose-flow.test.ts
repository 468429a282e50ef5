// Several flows on one site: which one the page belongs to.
import { describe, expect, it } from 'vitest';
import { chooseFlow } from '@/utils/engine/choose-flow';
import type { FlowSnapshot } from '@/utils/engine/evaluate';
import type { Flow, Step } from '@/utils/engine/flow';

const step = (id: string) => ({ id }) as Step;
const flow = (task: string, ids: string[]) =>
  ({ task: { id: task, label: task }, steps: ids.map(step) }) as unknown as Flow;
const login = flow('login', ['dashboard', 'gstin', 'einvoicing', 'form']);
const remove = flow('delete', ['dashboard', 'gstin', 'register', 'confirm']);
const flows = [login, remove];
const at = (f: Flow, id: string, recognized = true) =>
  ({ step: step(id), stepIndex: f.steps.findIndex((s) => s.id === id), recognized }) as FlowSnapshot;

describe('chooseFlow', () => {
  it('gives the page to the flow whose own step it shows', () => {
    expect(chooseFlow(flows, [at(login, 'gstin'), at(remove, 'register')], null)).toBe(1);
    expect(chooseFlow(flows, [at(login, 'form'), at(remove, 'gstin')], 'delete')).toBe(0);
  });

  it('follows the chosen task on shared steps, else the first flow', () => {
    expect(chooseFlow(flows, [at(login, 'gstin'), at(remove, 'gstin')], 'delete')).toBe(1);
    expect(chooseFlow(flows, [at(login, 'gstin'), at(remove, 'gstin')], null)).toBe(0);
    expect(chooseFlow(flows, [at(login, 'dashboard', false), at(remove, 'dashboard', false)], 'delete')).toBe(1);
  });

  it('prefers the chosen task when both flows see a step of their own, else the furthest', () => {
    expect(chooseFlow(flows, [at(login, 'form'), at(remove, 'register')], 'delete')).toBe(1);
    expect(chooseFlow(flows, [at(login, 'form'), at(remove, 'register')], 'login')).toBe(0);
    expect(chooseFlow(flows, [at(login, 'einvoicing'), at(remove, 'confirm')], null)).toBe(1);
  });
});
