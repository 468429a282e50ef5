import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './style.css';

// Opened in a tab by the panel's "Show my credentials": centre the popup's column on the page.
if (new URLSearchParams(location.search).get('view') === 'tab') document.documentElement.classList.add('in-tab');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
