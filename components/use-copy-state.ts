import { useCallback, useEffect, useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/**
 * What a Copy button shows: "Copied" or "Copy failed" for a moment after a copy, then its own
 * words again. `track` runs the copy and records how it went.
 */
export function useCopyState(): [CopyState, (copy: Promise<void>) => void] {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  const track = useCallback((copy: Promise<void>) => {
    copy.then(
      () => setState('copied'),
      () => setState('failed'),
    );
  }, []);
  return [state, track];
}
