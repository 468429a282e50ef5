// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { watchPage } from '@/utils/engine/watch';

/** The engine reads the page again whenever it may have moved on, also when it is a single-page app. */
let visit = new AbortController();
afterEach(() => visit.abort());

function watch() {
  visit = new AbortController();
  const seen = { calls: 0 };
  watchPage(document, () => seen.calls++, visit.signal, 5);
  return seen;
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('watchPage', () => {
  it('reads again when a view is replaced without a page load, and coalesces a burst', async () => {
    document.body.innerHTML = '<main id="view"><p>Registration Form</p></main>';
    const seen = watch();
    const view = document.getElementById('view')!;
    for (let i = 0; i < 10; i++) view.innerHTML = `<p>Create Account ${i}</p>`;
    await tick();
    expect(seen.calls).toBe(1);
  });

  it('reads again on a hash route and on history moves', async () => {
    const seen = watch();
    window.location.hash = '#/create-account';
    window.dispatchEvent(new Event('hashchange'));
    await tick();
    window.dispatchEvent(new PopStateEvent('popstate'));
    await tick();
    expect(seen.calls).toBe(2);
  });

  it('stops when the page visit ends', async () => {
    const seen = watch();
    visit.abort();
    document.body.innerHTML = '<p>Acknowledgement</p>';
    window.dispatchEvent(new Event('hashchange'));
    await tick();
    expect(seen.calls).toBe(0);
  });
});
