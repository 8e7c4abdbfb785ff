import { BACKUP_PREFIX } from '../../lib/progress/storage.ts';

/** What the storage notice says, per situation. Shared by the Svelte and the plain-DOM notice. */
export type NoticeStatus =
  | { kind: 'ok' }
  | { kind: 'unavailable'; reason?: 'blocked' | 'quota' | undefined }
  | { kind: 'recovered'; backupKey: string };

export interface NoticeContent {
  title: string;
  body: string;
  /** Offer to download the kept raw backup. */
  download: boolean;
}

export function noticeContent(status: NoticeStatus): NoticeContent | null {
  if (status.kind === 'recovered') {
    return {
      title: 'Je voortgang is hersteld',
      body:
        'Je opgeslagen voortgang was niet helemaal leesbaar. Wat nog goed was, staat weer klaar. De oorspronkelijke ' +
        'gegevens zijn niet weggegooid: ze staan als reservekopie in deze browser. Je kunt die kopie downloaden en ' +
        'bewaren, of aan je trainer geven.',
      download: true,
    };
  }
  if (status.kind === 'unavailable') {
    return {
      title: 'Je voortgang wordt in deze browser niet bewaard',
      body:
        status.reason === 'quota'
          ? 'De opslagruimte van je browser is vol. Je kunt gewoon verder lezen en oefenen, maar wat je vanaf nu ' +
            'markeert of schrijft, is weg zodra je deze pagina verlaat. Maak ruimte vrij in je browser, of bewaar ' +
            'teksten die je wilt houden ergens anders.'
          : 'Je browser staat niet toe dat deze cursus iets opslaat, bijvoorbeeld in een privévenster of door je ' +
            'privacy-instellingen. Je kunt gewoon verder lezen en oefenen, maar wat je markeert of schrijft, is weg ' +
            'zodra je deze pagina verlaat. Bewaar teksten die je wilt houden ergens anders.',
      download: false,
    };
  }
  return null;
}

/** The session flag that shows the "not kept" notice once per session. */
export function noticeSessionKey(status: NoticeStatus): string {
  return status.kind === 'unavailable' ? `klik:notice:unavailable:${status.reason ?? 'blocked'}` : '';
}

/** File name for the downloaded raw backup: .json when it still parses, else .txt. */
export function backupFileName(key: string, raw: string): string {
  const stamp = key.slice(BACKUP_PREFIX.length).replace(/[^0-9A-Za-z]+/g, '-').replace(/^-+|-+$/g, '');
  let json = false;
  try {
    JSON.parse(raw);
    json = true;
  } catch {
    json = false;
  }
  return `klik-voortgang-reservekopie-${stamp || 'onbekend'}.${json ? 'json' : 'txt'}`;
}

export const BACKUP_MISSING = 'De reservekopie is niet meer te vinden in deze browser.';
