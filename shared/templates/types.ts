import type { LaneKind, MapType } from '../format/types';

/** A text a template gives in both of Jejak's content languages. */
export interface Bilingual {
  en: string;
  id: string;
}

export interface TemplateStage {
  /** Stable across maps made from the template, so maps of one type compare stage by stage. */
  id: string;
  title: Bilingual;
}

export interface TemplateLane {
  id: string;
  kind: LaneKind;
  title: Bilingual;
}

export interface Template {
  type: MapType;
  name: Bilingual;
  description: Bilingual;
  /** The title a new map gets when none is given. */
  defaultTitle: Bilingual;
  stages: TemplateStage[];
  lanes: TemplateLane[];
}
