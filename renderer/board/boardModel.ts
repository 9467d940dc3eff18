// What the board draws for one map: its layout (re-laid out incrementally
// as the map changes) and the scene parts that do not depend on the view.
import type { JourneyMap } from '../../shared/format/types';
import { sceneLabels } from '../../shared/i18n/sceneLabels';
import { layoutBoard, type BoardLayout, type RowLayout } from '../../shared/layout/layout';
import { laneHeaderHeight } from '../../shared/layout/laneHeader';
import {
  backgroundItems,
  cornerItems,
  laneHeaderBand,
  laneTitleItems,
  overlayItems,
  personaStripItems,
  stageHeaderItems,
} from '../../shared/layout/scene';
import type { SceneItem, SceneLabels, SceneOptions } from '../../shared/layout/sceneTypes';
import { laneLockItems } from '../../shared/layout/laneLockItems';
import { LIGHT_THEME, type Theme } from '../../shared/layout/theme';

export interface BoardModel {
  layout: BoardLayout;
  theme: Theme;
  labels: SceneLabels;
  background: SceneItem[];
  overlay: SceneItem[];
  /** Persona strip and stage titles: pinned to the top while panning. */
  top: SceneItem[];
  /** Lane headers' bands: pinned to the left. */
  left: SceneItem[];
  /** Each lane's title (and padlock), at its row's top: the board slides it down a tall row to keep it in view. */
  laneTitles: LaneTitle[];
  corner: SceneItem[];
}

export interface LaneTitle {
  row: RowLayout;
  /** How tall the title and the small line under it are. */
  height: number;
  items: SceneItem[];
}

/** The board's model; `theme` is the projector's in present mode; `view` holds what the viewer switched off (emotion curves). */
export function boardModel(map: JourneyMap, previous: BoardModel | null, theme: Theme = LIGHT_THEME, view: SceneOptions = {}): BoardModel {
  const layout = layoutBoard(map, previous?.layout);
  const labels = previous && previous.layout.map.locale === map.locale ? previous.labels : sceneLabels(map.locale);
  return {
    layout,
    theme,
    labels,
    background: backgroundItems(layout, theme),
    overlay: overlayItems(layout, theme, labels, view),
    top: [...personaStripItems(layout, theme), ...stageHeaderItems(layout, theme)],
    left: layout.rows.map((row) => laneHeaderBand(row, theme)),
    laneTitles: layout.rows.map((row) => ({ row, height: laneHeaderHeight(row.lane), items: [...laneTitleItems(layout, row, theme, labels), ...laneLockItems(row, theme)] })),
    corner: cornerItems(layout, theme),
  };
}
