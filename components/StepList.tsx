import type { Step } from '@/utils/engine/flow';
import { keepHyphenatedWords } from './keep-hyphenated-words';

/**
 * The help document's steps (a flow's steps: docs/gstzen-guide.md#sandbox-registration), with the
 * ones before `current` marked done.
 */
export function StepList({ steps, current }: { steps: readonly Step[]; current: number }) {
  return (
    <ol className="step-list">
      {steps.map((step, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'todo';
        return (
          <li key={step.id} className={state} aria-current={state === 'current' ? 'step' : undefined}>
            <span aria-hidden="true">{state === 'done' ? '✓' : index + 1}</span> {keepHyphenatedWords(step.title())}
          </li>
        );
      })}
    </ol>
  );
}
