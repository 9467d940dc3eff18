// The page's entry: pick the host (browser mode here; the desktop preload
// provides window.jejakHost), the interface language, and draw the app.
import { createRoot } from 'react-dom/client';
import type { Host } from '../shared/host/host';
import { isLanguage } from '../shared/i18n/languages';
import { App } from './app/App';
import { createBrowserHost } from './host/browserHost';
import { setLanguage } from './words';
import { installKeyboard } from './keyboard/install';
import './styles/app.css';
import './styles/workshop.css';

async function start(): Promise<void> {
  // The one keyboard dispatcher, before any other key listener of the page.
  installKeyboard();
  const desktop = (window as unknown as { jejakHost?: Host }).jejakHost;
  const host = desktop ?? createBrowserHost(window.location);
  const settings = await host.settings().catch(() => ({ language: null }));
  setLanguage(isLanguage(settings.language) ? settings.language : host.systemLanguage());
  // The board measures text with the shipped font: wait for it, so the first frame is right.
  await Promise.all([document.fonts.load('400 15px Inter'), document.fonts.load('600 16px Inter')]).catch(() => undefined);
  createRoot(document.getElementById('root')!).render(<App host={host} />);
}

void start();
