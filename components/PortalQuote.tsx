import { portalQuote } from '@/utils/portal-quote';
import { t } from '@/utils/i18n/t';
import { tElements } from './t-elements';

/**
 * A portal's words, labelled as the portal's, quoted, clipped, never a link (utils/portal-quote.ts).
 * The portals speak English: the quote says so (lang="en"), so a screen reader reads it as English
 * inside a Hindi panel.
 */
export function PortalQuote({ text, label = t('component_portal_said') }: { text: string; label?: string }) {
  const words = portalQuote(text);
  const quote = words ? <q lang="en">{words}</q> : <q>{t('component_nothing_readable')}</q>;
  return (
    <span className="portal-quote" data-testid="portal-quote">
      {tElements('component_portal_quote', { quote }, { label })}
    </span>
  );
}
