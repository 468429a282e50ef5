import { portalQuote } from '@/utils/portal-quote';

/** A portal's words, labelled as the portal's, quoted, clipped, never a link (utils/portal-quote.ts). */
export function PortalQuote({ text, label = 'The portal said' }: { text: string; label?: string }) {
  const words = portalQuote(text);
  return (
    <span className="portal-quote" data-testid="portal-quote">
      {label} (its own words, not the assistant’s): <q>{words || 'nothing readable'}</q>
    </span>
  );
}
