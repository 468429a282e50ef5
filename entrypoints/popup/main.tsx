import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, isBoardPage } from './App';
import { registerBundledCatalogs } from '@/utils/i18n/bundled-catalogs';
import { speakChosenLanguageInPopup } from './use-language-choice';
import './style.css';

// Opened in a tab by the panel's "Show my credentials": centre the popup's column on the page.
if (new URLSearchParams(location.search).get('view') === 'tab') document.documentElement.classList.add('in-tab');
// The board for support staff: every GSTIN at the tab's full width.
const boardPage = isBoardPage();
if (boardPage) document.documentElement.classList.add('board-page');

registerBundledCatalogs();
const root = document.getElementById('root');
// The chosen language first (one storage read), so the popup never shows another one first.
void speakChosenLanguageInPopup().then(() => {
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App boardPage={boardPage} />
    </StrictMode>,
  );
});
