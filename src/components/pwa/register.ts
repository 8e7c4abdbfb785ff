/**
 * Registers `<base>sw.js` with the base as its scope (after `load`, when the
 * browser is idle), and offers a new version
 * when one is waiting (the banner of PwaRegister.astro). Called by the site
 * script (SiteScript.astro) on every page.
 */
export function registerServiceWorker(base: string): void {
  if (!('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  const banner = document.querySelector<HTMLElement>('[data-pwa-update]');
  const reloadButton = banner?.querySelector<HTMLButtonElement>('[data-pwa-reload]');
  const laterButton = banner?.querySelector<HTMLButtonElement>('[data-pwa-later]');
  /** Whether this page was already controlled: a later controller is a new version. */
  const hadController = container.controller !== null;
  let accepted = false;
  let reloading = false;
  /** What "Vernieuwen" does: activate the waiting worker, or just reload. */
  let onReload: () => void = () => reload();

  function reload(): void {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  }

  function show(action: () => void): void {
    if (!banner) return;
    onReload = action;
    banner.hidden = false;
    document.documentElement.classList.add('pwa-update-shown');
  }

  function hide(): void {
    if (!banner) return;
    banner.hidden = true;
    document.documentElement.classList.remove('pwa-update-shown');
  }

  function offer(worker: ServiceWorker): void {
    show(() => {
      accepted = true;
      if (reloadButton) reloadButton.disabled = true;
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
  }

  reloadButton?.addEventListener('click', () => onReload());
  laterButton?.addEventListener('click', hide);
  banner?.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });

  container.addEventListener('controllerchange', () => {
    // The first install takes control of an uncontrolled page: nothing to reload.
    if (accepted) reload();
    // Another tab switched to the new version: offer a plain reload here.
    else if (hadController) show(reload);
  });

  const register = async (): Promise<void> => {
    try {
      const registration = await container.register(`${base}sw.js`, { scope: base });
      if (registration.waiting && container.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        if (!worker) return;
        worker.addEventListener('statechange', () => {
          if (worker.state === 'installed' && container.controller) offer(worker);
        });
      });
    } catch {
      // No offline use (private mode, blocked by the browser): the course still works online.
    }
  };

  // Installing downloads the whole course for offline use: only once the page has
  // loaded and the browser is idle, so it never competes with the page being read.
  const whenIdle = () => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => void register(), { timeout: 5000 });
    else setTimeout(() => void register(), 1000);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
