/**
 * The storage notice without a framework, for lesson and exercise pages: the
 * same texts, hooks (`data-storage-notice`) and behaviour as StorageNotice.svelte
 * (storage blocked or full: once per session; recovered data: until dismissed,
 * with a download of the kept raw backup), at a fraction of the weight.
 */
import { $storageStatus, dismissRecovered, readBackup } from '../../lib/progress/index.ts';
import { hasSessionFlag, setSessionFlag } from './notice-registry.ts';
import { downloadText } from './download.ts';
import { BACKUP_MISSING, backupFileName, noticeContent, noticeSessionKey, type NoticeStatus } from './notice-content.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, text = ''): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (text) el.textContent = text;
  return el;
}

export function mountStorageNotice(host: HTMLElement): void {
  const live = element('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  host.append(live);
  let dismissed = false;

  const render = (status: NoticeStatus) => {
    host.querySelector('section')?.remove();
    const content = noticeContent(status);
    if (!content || dismissed) {
      live.textContent = '';
      return;
    }
    const sessionKey = noticeSessionKey(status);
    if (sessionKey) {
      if (hasSessionFlag(sessionKey)) return;
      setSessionFlag(sessionKey);
    }
    const section = element('section', {
      class: 'storage-notice no-print',
      'aria-labelledby': 'storage-notice-title',
      'data-storage-notice': status.kind,
    });
    section.append(element('h2', { id: 'storage-notice-title', class: 'title' }, content.title), element('p', {}, content.body));
    const error = element('p', { class: 'error', hidden: '' });
    const actions = element('div', { class: 'actions' });
    if (content.download && status.kind === 'recovered') {
      const download = element('button', { type: 'button', class: 'button' }, 'Reservekopie downloaden');
      download.addEventListener('click', () => {
        const raw = readBackup(status.backupKey);
        error.hidden = raw !== null;
        error.textContent = raw === null ? BACKUP_MISSING : '';
        if (raw !== null) downloadText(backupFileName(status.backupKey, raw), raw, 'text/plain');
      });
      actions.append(download);
    }
    const close = element('button', { type: 'button', class: 'button button--secondary' }, 'Melding sluiten');
    close.addEventListener('click', () => {
      if (status.kind === 'recovered') dismissRecovered();
      dismissed = true;
      render(status);
      document.getElementById('inhoud')?.focus({ preventScroll: true });
    });
    actions.append(close);
    section.append(error, actions);
    host.prepend(section);
    // Fill the live region once it is in the page, so it is announced.
    setTimeout(() => (live.textContent = content.title), 150);
  };

  $storageStatus.subscribe(render);
}
