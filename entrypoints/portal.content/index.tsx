import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { flowForOrigin } from '@/utils/flows';
import { PORTAL_ORIGINS } from '@/utils/portals';
import { Assistant } from './assistant';
import { Panel } from './Panel';
import panelCss from './panel.css?inline';

/** The guide on the NIC portals: picks the portal's flow by origin and shows the panel. */
export default defineContentScript({
  matches: [`${PORTAL_ORIGINS.sandbox}/*`],
  runAt: 'document_end',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const flow = flowForOrigin(location.origin);
    if (!flow || window.top !== window) return;

    let host: HTMLElement | null = null;
    const assistant = new Assistant(flow, document, ctx.signal, (snapshot) => {
      // Stable hooks for tests and support staff: the step the user should do now.
      host?.setAttribute('data-step', snapshot.step.id);
      host?.setAttribute('data-found', String(snapshot.found));
    });

    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'einv-assistant',
      mode: 'open',
      position: 'inline',
      anchor: 'body',
      css: panelCss,
      // Keys typed in the panel must not reach the portal's shortcuts.
      isolateEvents: true,
      onMount(container) {
        const root = createRoot(container);
        root.render(<Panel assistant={assistant} flow={flow} />);
        return root;
      },
      onRemove: (root) => root?.unmount(),
    });
    host = ui.shadowHost;
    ui.mount();
    assistant.refresh();
    assistant.start();
  },
});
