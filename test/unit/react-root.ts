import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface ReactRoot {
  /** The element the component renders into (fresh for each test). */
  readonly container: HTMLDivElement;
  render(node: ReactNode): void;
}

/** A React root in the test's DOM (happy-dom), made before and unmounted after each test. */
export function useReactRoot(): ReactRoot {
  let container: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.appendChild(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });
  return {
    get container() {
      return container;
    },
    render(node) {
      act(() => root.render(node));
    },
  };
}
