import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { installFocusRescue } from './common/focus-rescue';
import { initI18n } from './i18n/i18n';
import './styles.css';

initI18n();
installFocusRescue(document);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
