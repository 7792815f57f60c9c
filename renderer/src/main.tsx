import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { faceFromPath } from './app/face-from-path';
import './design/tokens.css';
import './design/components.css';

// No context menu, no drag-and-drop of files or links, no pinch-zoom on a public screen.
window.addEventListener('contextmenu', (e) => e.preventDefault());
window.addEventListener('dragover', (e) => e.preventDefault());
window.addEventListener('drop', (e) => e.preventDefault());
window.addEventListener('wheel', (e) => e.ctrlKey && e.preventDefault(), { passive: false });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App face={faceFromPath(window.location.pathname)} />
  </StrictMode>,
);
