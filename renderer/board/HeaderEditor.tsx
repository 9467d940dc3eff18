// Renaming a stage or lane in place: a text box over its pinned title
// (a lane's where it shows, slid down a tall row).
import { useEffect, useRef, useState } from 'react';
import { GEOMETRY } from '../../shared/layout/geometry';
import { laneHeaderHeight, laneTitleShift } from '../../shared/layout/laneHeader';
import { ops } from '../../shared/ops';
import type { Edit } from '../panels/edit';
import type { BoardModel } from './boardModel';
import type { Camera } from './camera';
import { useCameraState } from './useCameraState';
import type { HeaderRef } from './structure';
import { openTop } from './pinnedTitles';

export function HeaderEditor({ header, model, camera, edit, onDone }: { header: HeaderRef; model: BoardModel; camera: Camera; edit: Edit; onDone(): void }) {
  const layout = model.layout;
  const column = header.kind === 'stage' ? layout.columnOf.get(header.id) : undefined;
  const row = header.kind === 'lane' ? layout.rowOf.get(header.id) : undefined;
  const title = column?.stage.title ?? row?.lane.title ?? '';
  const [value, setValue] = useState(title);
  const input = useRef<HTMLInputElement>(null);
  const state = useCameraState(camera);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  if (!column && !row) return null;
  const { x, y, scale } = state;
  const box = column
    ? { left: x + column.x * scale, top: Math.max(y, 0) + layout.personaStripHeight * scale, width: column.width * scale, height: GEOMETRY.stageHeaderHeight * scale }
    : { left: Math.max(x, 0), top: y + (row!.y + laneTitleShift(row!, laneHeaderHeight(row!.lane), openTop(layout, state))) * scale, width: GEOMETRY.laneHeaderWidth * scale, height: Math.min(row!.height, 56) * scale };
  const commit = () => {
    if (value.trim() !== '' && value !== title) {
      if (header.kind === 'stage') edit.apply(ops.renameStage, { id: header.id, title: value });
      else edit.apply(ops.renameLane, { id: header.id, title: value });
    }
    onDone();
  };
  return (
    <input
      ref={input}
      className="header-editor"
      data-testid="header-editor"
      value={value}
      style={box}
      onChange={(e) => setValue(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') onDone();
      }}
    />
  );
}
