import { portalQuote } from '@/utils/portal-quote';
import { t } from '@/utils/i18n/t';
import { tElements } from './t-elements';

/** A portal's words, labelled as the portal's, quoted, clipped, never a link (utils/portal-quote.ts). */
export function PortalQuote({ text, label = t('component_portal_said') }: { text: string; label?: string }) {
  const words = portalQuote(text);
  return (
    <span className="portal-quote" data-testid="portal-quote">
      {tElements('component_portal_quote', { quote: <q>{words || t('component_nothing_readable')}</q> }, { label })}
    </span>
  );
}
