// Present mode: the map full screen in the projector's colours, no editing
// chrome. Stages are the slides (no frames drawn by hand); the presenter's
// keys or clicker move through them, spotlight one stage or lane, show the
// whole map, blank the screen, and turn the mouse into a pointer the back row
// can follow. The presentation's own chrome (where it is, the keys, the
// timer, what is below) sits in a margin at the right, never over a note.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { JourneyMap } from '../../shared/format/types';
import type { Host } from '../../shared/host/host';
import { PROJECTOR_THEME } from '../../shared/layout/theme';
import { Board } from '../board/Board';
import { boardModel } from '../board/boardModel';
import { Camera, type CameraState } from '../board/camera';
import { imageSource } from '../board/images';
import { PLAIN_LENS } from '../board/lens';
import { EMPTY_SELECTION } from '../board/selection';
import { useViewSize } from '../board/useViewSize';
import { useKeyLayer } from '../keyboard/useKeyLayer';
import { moveCamera } from './cameraMotion';
import { presentCommand, type PresentCommand } from './presentKeys';
import { presentProbe, type PresentState } from './presentProbe';
import { lanesBelow, laneToSpotlight, neighbourLane, scrollToShowLane } from './lanesInView';
import { PresentSide } from './PresentSide';
import { clampZoomSteps, maxScroll, overviewCamera, tourCamera, tourScale } from './tour';
import { Veils } from './Veils';
import { useWords } from '../words';

export interface PresentModeProps {
  map: JourneyMap;
  /** The stage to start on (the first, as a slide show starts). */
  startStage: number;
  /** Emotion curves switched off on the board stay off on the wall. */
  hiddenCurves?: ReadonlySet<string>;
  /** A secret dot-voting round's lanes: their counts stay off the wall too. */
  secretVotes?: ReadonlySet<string>;
  /** What shows in the top-right corner (the workshop timer). */
  corner?: ReactNode;
  /** The desktop app's full screen, on the projector when there is a second display (Host.presentation). */
  presentation?: Host['presentation'];
  onExit(): void;
}

type Spotlight = PresentState['spotlight'];

const HINTS_MS = 5000;
const IDLE_CURSOR_MS = 2500;

export function PresentMode({ map, startStage, hiddenCurves, secretVotes, corner, presentation, onExit }: PresentModeProps) {
  const w = useWords();
  const model = useMemo(() => boardModel(map, null, PROJECTOR_THEME, { hiddenCurves }), [map, hiddenCurves]);
  const layout = model.layout;
  const images = useMemo(() => imageSource(map), [map]);
  const lens = useMemo(() => (secretVotes ? { ...PLAIN_LENS, secretVotes } : PLAIN_LENS), [secretVotes]);
  const camera = useMemo(() => new Camera(), []);
  const [holder, setHolder] = useState<HTMLDivElement | null>(null);
  const view = useViewSize(holder);
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const screen = useViewSize(root);
  const [stage, setStage] = useState(() => Math.max(0, Math.min(startStage, map.stages.length - 1)));
  const [scroll, setScroll] = useState(0);
  /** Presses of + (positive) and - (negative) from the fitted zoom. */
  const [zoom, setZoom] = useState(0);
  const [overview, setOverview] = useState(false);
  const [spotlight, setSpotlight] = useState<Spotlight>({ kind: 'none' });
  const [pointer, setPointer] = useState(false);
  const [blank, setBlank] = useState(false);
  const [hints, setHints] = useState(true);
  const [cameraState, setCameraState] = useState<CameraState>(camera.get());
  const [mouse, setMouse] = useState<{ x: number; y: number } | null>(null);
  const [cursorIdle, setCursorIdle] = useState(false);
  const [onSecondDisplay, setOnSecondDisplay] = useState(false);
  const placed = useRef(false);
  const exitRef = useRef(onExit);
  exitRef.current = onExit;

  useEffect(() => camera.subscribe(setCameraState), [camera]);

  // Where the camera goes: the stage (scrolled and zoomed), or the whole map.
  const target = useMemo(
    () => (overview ? overviewCamera(layout, view) : tourCamera(layout, stage, view, scroll, zoom)),
    [overview, layout, view, stage, scroll, zoom],
  );
  useEffect(() => {
    if (view.width < 100) return;
    if (!placed.current) {
      placed.current = true;
      camera.set(target);
      return;
    }
    return moveCamera(camera, target);
  }, [camera, target, view.width]);

  // A lit lane stays on screen: the tour scrolls to it after a move, a zoom, a new stage or a resize.
  useEffect(() => {
    if (spotlight.kind !== 'lane' || overview) return;
    setScroll((s) => scrollToShowLane(layout, spotlight.lane, s, tourScale(layout, view, zoom), view));
  }, [spotlight, overview, layout, view, zoom, stage]);

  // Full screen while presenting (refused without a user gesture or in a
  // frame: the overlay still covers the window); leaving full screen with the
  // browser's own Escape leaves the presentation too.
  useEffect(() => {
    if (presentation) {
      // The desktop app: the window itself goes full screen, on the projector when there is one.
      void presentation(true).then((where) => setOnSecondDisplay(where === 'second-display'), () => undefined);
      return () => void presentation(false).catch(() => undefined);
    }
    let entered = false;
    const element = document.documentElement;
    if (!document.fullscreenElement && typeof element.requestFullscreen === 'function') {
      element.requestFullscreen().then(() => (entered = true), () => undefined);
    }
    const onChange = () => {
      if (entered && !document.fullscreenElement) exitRef.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [presentation]);

  // The key hints fade after a few seconds; any key or mouse move brings the cursor back, not the hints.
  useEffect(() => {
    if (!hints) return;
    const timer = window.setTimeout(() => setHints(false), HINTS_MS);
    return () => window.clearTimeout(timer);
  }, [hints]);
  useEffect(() => {
    if (cursorIdle || mouse === null) return;
    const timer = window.setTimeout(() => setCursorIdle(true), IDLE_CURSOR_MS);
    return () => window.clearTimeout(timer);
  }, [mouse, cursorIdle]);

  const goTo = useCallback(
    (index: number) => {
      setStage(Math.max(0, Math.min(index, map.stages.length - 1)));
      setScroll(0);
      setSpotlight((s) => (s.kind === 'stage' ? { kind: 'stage', stage: Math.max(0, Math.min(index, map.stages.length - 1)) } : s));
    },
    [map.stages.length],
  );

  const runCommand = useCallback(
    (command: PresentCommand) => {
      if (blank && command.kind !== 'blank' && command.kind !== 'exit') return setBlank(false);
      switch (command.kind) {
        case 'next':
          return goTo(stage + 1);
        case 'previous':
          return goTo(stage - 1);
        case 'first':
          return goTo(0);
        case 'last':
          return goTo(map.stages.length - 1);
        case 'stage':
          return goTo(command.index);
        case 'scroll': {
          if (overview) return;
          // With a lane lit, ↑ and ↓ move the light, and the tour follows it.
          if (spotlight.kind === 'lane') return setSpotlight({ kind: 'lane', lane: neighbourLane(layout, spotlight.lane, command.direction) });
          const scale = tourScale(layout, view, zoom);
          const step = (view.height * 0.6) / scale;
          setScroll((s) => Math.max(0, Math.min(s + command.direction * step, maxScroll(layout, view, scale))));
          return;
        }
        case 'zoom':
        case 'zoom-reset': {
          if (overview) return;
          const steps = command.kind === 'zoom' ? clampZoomSteps(zoom + command.steps) : 0;
          setZoom(steps);
          setScroll((s) => Math.min(s, maxScroll(layout, view, tourScale(layout, view, steps))));
          return;
        }
        case 'overview':
          return setOverview((o) => !o);
        case 'spotlight-stage':
          return setSpotlight((s) => (s.kind === 'stage' ? { kind: 'none' } : { kind: 'stage', stage }));
        case 'spotlight-lane': {
          // L lights the top lane the room can see, and L again puts the light out.
          if (spotlight.kind === 'lane') return setSpotlight({ kind: 'none' });
          const lane = laneToSpotlight(layout, target, view);
          return setSpotlight(lane ? { kind: 'lane', lane } : { kind: 'none' });
        }
        case 'pointer':
          return setPointer((p) => !p);
        case 'blank':
          return setBlank((b) => !b);
        case 'hints':
          return setHints((h) => !h);
        case 'exit':
          return exitRef.current();
      }
    },
    [blank, goTo, stage, map.stages.length, overview, layout, view, zoom, spotlight, target],
  );

  // Present mode's layer of the keyboard: the presenter's keys, and no other
  // key reaches the board underneath ("Time's up" and dialogs come first).
  useKeyLayer('present', (event) => {
    const command = presentCommand(event);
    if (command) runCommand(command);
    return command || event.key === 'F5' ? 'handled' : 'focus';
  });

  // The tests read what is shown from here (never in production use: the probe is only read by ?test=1 hooks).
  useEffect(() => {
    presentProbe.set({ stage, stages: map.stages.length, overview, spotlight, pointer, blank, camera: cameraState, view: screen, board: view });
  }, [stage, map.stages.length, overview, spotlight, pointer, blank, cameraState, view, screen]);
  useEffect(() => () => presentProbe.set(null), []);

  // Present mode draws every frame of a camera move: the lanes below are worked out when the view does change.
  const below = useMemo(() => (overview ? [] : lanesBelow(layout, target, view).map((row) => row.lane.title)), [overview, layout, target, view]);

  return (
    <div
      className={`present${pointer || cursorIdle ? ' no-cursor' : ''}`}
      role="dialog"
      aria-modal="true"
      aria-label={w.present.label({ title: map.title })}
      data-testid="present"
      ref={setRoot}
      onMouseMove={(e) => {
        setMouse({ x: e.clientX, y: e.clientY });
        setCursorIdle(false);
      }}
    >
      <div className="present-board" ref={setHolder}>
        <Board
          model={model}
          camera={camera}
          images={images}
          view={view}
          highlighted={NONE}
          selection={EMPTY_SELECTION}
          setSelection={ignore}
          moveNotes={ignore}
          editNote={ignore}
          addNoteAt={ignore}
          spaceHeld={() => false}
          openHeaderMenu={ignore}
          renameHeader={ignore}
          moveHeader={ignore}
          interactive={false}
          lens={lens}
        />
        <Veils layout={layout} camera={cameraState} view={view} stage={stage} overview={overview} spotlight={spotlight} />
      </div>
      <PresentSide
        map={map}
        stage={stage}
        overview={overview}
        spotlight={spotlight}
        hints={hints}
        below={below}
        onSecondDisplay={onSecondDisplay}
        corner={corner}
        onLeave={() => exitRef.current()}
      />
      {pointer && mouse && <div className="present-pointer" data-testid="present-pointer" style={{ left: mouse.x, top: mouse.y }} />}
      {blank && (
        <div className="present-blank" data-testid="present-blank">
          <span>{w.present.blank}</span>
        </div>
      )}
    </div>
  );
}

const NONE: ReadonlySet<string> = new Set();
const ignore = () => undefined;
