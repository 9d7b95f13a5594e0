import { memo, useEffect, useState } from 'react';
import type { Story } from '../../story/schema/story.ts';
import { localize } from '../../story/text.ts';
import { t } from '../../i18n/index.ts';
import { whenIdle } from '../idle.ts';

type Scenes = Story['scenes'];

const sceneTitle = (s: Scenes[number], lang: string) => localize(s.title, lang) || t('editor.scene.untitled');

/** Every scene as a choice; drawn again only when the scenes change (not on every keystroke elsewhere). */
const SceneOptions = memo(function SceneOptions({ scenes, lang }: { scenes: Scenes; lang: string }) {
  return scenes.map((s) => (
    <option key={s.id} value={s.id}>
      {sceneTitle(s, lang)}
    </option>
  ));
});

/**
 * A choice of scene. A story may have hundreds: the list is drawn when the choice is first reached
 * (pointer, keyboard focus) or when the browser is idle, so choosing a scene on the map shows its
 * inspector at once; until then the choice holds its current scene only.
 */
export function SceneSelect({
  id,
  value,
  scenes,
  lang,
  disabled,
  none,
  onChange,
}: {
  id: string;
  value: string;
  scenes: Scenes;
  lang: string;
  disabled: boolean;
  /** When given, the first choice is "no scene" (value ''), worded so. */
  none?: string;
  onChange(sceneId: string): void;
}) {
  const [full, setFull] = useState(false);
  useEffect(() => (full ? undefined : whenIdle(() => setFull(true))), [full]);
  const showAll = () => setFull(true);
  const current = scenes.find((s) => s.id === value);
  return (
    <select
      id={id}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value)}
      onPointerDown={showAll}
      onMouseEnter={showAll}
      onFocus={showAll}
      onKeyDown={showAll}
    >
      {none !== undefined && <option value="">{none}</option>}
      {!current && (none === undefined || value !== '') && <option value={value}>{t('inspector.chooseScene')}</option>}
      {full ? <SceneOptions scenes={scenes} lang={lang} /> : current && <option value={current.id}>{sceneTitle(current, lang)}</option>}
    </select>
  );
}
