// The start screen: a new map from the four templates or a journey in a content
// language, a sample, a file, a recent map (missing ones marked, due reviews flagged).
import { useEffect, useState } from 'react';
import { MAP_TYPES, type MapType } from '../../shared/format/types';
import type { Host, PendingRecovery, RecentFile, SampleMap } from '../../shared/host/host';
import { localeOf, type Language } from '../../shared/i18n/languages';
import { CONTENT_LANGUAGES, contentLanguageFor, type ContentLanguage, type JourneyId } from '../../shared/templates/types';
import { LanguageOptions } from '../settings/LanguageOptions';
import { JourneyCards } from './JourneyCards';
import { useLanguage, useWords } from '../words';

export interface StartScreenProps {
  host: Host;
  onNew(type: MapType, locale: ContentLanguage): void;
  /** A map of one of the journeys, with its example notes. */
  onNewJourney(journey: JourneyId, locale: ContentLanguage): void;
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

export function StartScreen({ host, onNew, onNewJourney, onOpenSample, onOpenFile, onOpenRecent, onLanguage, onRestore }: StartScreenProps) {
  const w = useWords();
  const language = useLanguage();
  const [locale, setLocale] = useState<ContentLanguage>(contentLanguageFor(language));
  const [samples, setSamples] = useState<SampleMap[]>([]);
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [recoveries, setRecoveries] = useState<PendingRecovery[]>([]);
  useEffect(() => {
    void host.listSamples().then(setSamples);
    void host.recentFiles().then(setRecent);
    void host.pendingRecoveries().then(setRecoveries, () => setRecoveries([]));
  }, [host]);
  const dates = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <main className="start" data-testid="start-screen">
      <header className="start-header">
        <h1>{w.app.name}</h1>
        <p>{w.start.heading}</p>
        <label className="start-language">
          {w.start.language}
          <select data-testid="interface-language" value={language} onChange={(e) => onLanguage(e.target.value as Language)}>
            <LanguageOptions />
          </select>
        </label>
      </header>
      {recoveries.length > 0 && (
        <section className="start-recovery" data-testid="recovery-list">
          <h2>{w.sync.recoveryTitle}</h2>
          <p className="muted">{w.sync.recoveryIntro}</p>
          <ul className="recent-list">
            {recoveries.map((r) => (
              <li key={r.key}>
                <button data-testid="restore" onClick={() => onRestore(r.key)} title={r.path ?? ''}>
                  <strong>{r.title}</strong>
                  <span className="muted">{r.path ?? w.sync.neverSaved}</span>
                  <span className="muted">{w.sync.recoveredAt({ date: dates.format(new Date(r.savedAt)) })}</span>
                  <span className="badge">{w.sync.restore}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="start-new">
        <div className="section-title">
          <h2>{w.start.newMap}</h2>
          <label>
            {w.start.newIn}
            <select data-testid="new-map-locale" value={locale} onChange={(e) => setLocale(e.target.value as ContentLanguage)}>
              {CONTENT_LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {w.languages[code]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="template-grid">
          {MAP_TYPES.map((type) => (
            <button key={type} className="template-card" data-testid={`new-${type}`} onClick={() => onNew(type, locale)}>
              <strong>{w.types[type]}</strong>
              <span>{w.typeHints[type]}</span>
            </button>
          ))}
        </div>
        <JourneyCards locale={locale} onNewJourney={onNewJourney} />
      </section>
      <div className="start-columns">
        <section>
          <h2>{w.start.recent}</h2>
          {recent.length === 0 && <p className="muted">{w.start.noRecent}</p>}
          <ul className="recent-list" data-testid="recent-list">
            {recent.map((r) => (
              <li key={r.handle}>
                <button disabled={r.missing} onClick={() => onOpenRecent(r)} title={r.folder}>
                  <strong>{r.name}</strong>
                  <span className="muted">{r.folder}</span>
                  <span className="muted">
                    {r.missing ? w.start.missing : r.modifiedAt ? w.start.changed({ date: dates.format(new Date(r.modifiedAt)) }) : ''}
                  </span>
                  {r.reviewBy && r.reviewBy < today() && <span className="badge warn">{w.start.reviewDue}</span>}
                </button>
              </li>
            ))}
          </ul>
          <button data-testid="open-file" onClick={onOpenFile}>
            {w.start.openFile}
          </button>
          <p className="muted">{w.start.dropHint}</p>
        </section>
        <section>
          <h2>{w.start.samples}</h2>
          <ul className="sample-list">
            {samples.map((s) => (
              <li key={s.id}>
                <button data-testid={`sample-${s.id}`} onClick={() => onOpenSample(s.id)}>
                  <strong>{s.title}</strong>
                  <span className="muted">{w.languages[contentLanguageFor(s.locale)]}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </main>
  );
}
