// The unit tests speak as the popup and the background do: both catalogs bundled.
import { registerBundledCatalogs } from '@/utils/i18n/bundled-catalogs';

registerBundledCatalogs();
