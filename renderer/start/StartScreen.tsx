// The start screen: a new map from the four templates in either language, a
// sample, a file, a recent map (missing ones marked, due reviews flagged).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_TYPES, type MapType } from '../../shared/format/types';
import type { Host, PendingRecovery, RecentFile, SampleMap } from '../../shared/host/host';
import type { Language } from '../../shared/i18n/language';
import { currentLanguage } from '../i18n';

export interface StartScreenProps {
  host: Host;
  onNew(type: MapType, locale: Language): void;
  onOpenSample(id: string): void;
  onOpenFile(): void;
  onOpenRecent(recent: RecentFile): void;
  onLanguage(language: Language): void;
  /** Reopens a map journaled by a run that ended without saving it. */
  onRestore(key: string): void;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function StartScreen({ host, onNew, onOpenSample, onOpenFile, onOpenRecent, onLanguage, onRestore }: StartScreenProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [locale, setLocale] = useState<Language>(language);
  const [samples, setSamples] = useState<SampleMap[]>([]);
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [recoveries, setRecoveries] = useState<PendingRecovery[]>([]);
  useEffect(() => {
    void host.listSamples().then(setSamples);
    void host.recentFiles().then(setRecent);
    void host.pendingRecoveries().then(setRecoveries, () => setRecoveries([]));
  }, [host]);
  const dates = new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <main className="start" data-testid="start-screen">
      <header className="start-header">
        <h1>{t('app.name')}</h1>
        <p>{t('start.heading')}</p>
        <label className="start-language">
          {t('start.language')}
          <select data-testid="interface-language" value={language} onChange={(e) => onLanguage(e.target.value as Language)}>
            <option value="en">English</option>
            <option value="id">Bahasa Indonesia</option>
          </select>
        </label>
      </header>
      {recoveries.length > 0 && (
        <section className="start-recovery" data-testid="recovery-list">
          <h2>{t('sync.recoveryTitle')}</h2>
          <p className="muted">{t('sync.recoveryIntro')}</p>
          <ul className="recent-list">
            {recoveries.map((r) => (
              <li key={r.key}>
                <button data-testid="restore" onClick={() => onRestore(r.key)} title={r.path ?? ''}>
                  <strong>{r.title}</strong>
                  <span className="muted">{r.path ?? t('sync.neverSaved')}</span>
                  <span className="muted">{t('sync.recoveredAt', { date: dates.format(new Date(r.savedAt)) })}</span>
                  <span className="badge">{t('sync.restore')}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="start-new">
        <div className="section-title">
          <h2>{t('start.newMap')}</h2>
          <label>
            {t('start.newIn')}
            <select data-testid="new-map-locale" value={locale} onChange={(e) => setLocale(e.target.value as Language)}>
              <option value="en">{t('languages.en')}</option>
              <option value="id">{t('languages.id')}</option>
            </select>
          </label>
        </div>
        <div className="template-grid">
          {MAP_TYPES.map((type) => (
            <button key={type} className="template-card" data-testid={`new-${type}`} onClick={() => onNew(type, locale)}>
              <strong>{t(`types.${type}`)}</strong>
              <span>{t(`typeHints.${type}`)}</span>
            </button>
          ))}
        </div>
      </section>
      <div className="start-columns">
        <section>
          <h2>{t('start.recent')}</h2>
          {recent.length === 0 && <p className="muted">{t('start.noRecent')}</p>}
          <ul className="recent-list" data-testid="recent-list">
            {recent.map((r) => (
              <li key={r.handle}>
                <button disabled={r.missing} onClick={() => onOpenRecent(r)} title={r.folder}>
                  <strong>{r.name}</strong>
                  <span className="muted">{r.folder}</span>
                  <span className="muted">
                    {r.missing ? t('start.missing') : r.modifiedAt ? t('start.changed', { date: dates.format(new Date(r.modifiedAt)) }) : ''}
                  </span>
                  {r.reviewBy && r.reviewBy < today() && <span className="badge warn">{t('start.reviewDue')}</span>}
                </button>
              </li>
            ))}
          </ul>
          <button data-testid="open-file" onClick={onOpenFile}>
            {t('start.openFile')}
          </button>
          <p className="muted">{t('start.dropHint')}</p>
        </section>
        <section>
          <h2>{t('start.samples')}</h2>
          <ul className="sample-list">
            {samples.map((s) => (
              <li key={s.id}>
                <button data-testid={`sample-${s.id}`} onClick={() => onOpenSample(s.id)}>
                  <strong>{s.title}</strong>
                  <span className="muted">{s.locale === 'id' ? t('languages.id') : t('languages.en')}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </main>
  );
}
