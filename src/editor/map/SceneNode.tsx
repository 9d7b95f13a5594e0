import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { t } from '../../i18n/index.ts';
import { useEditor } from '../context.ts';
import { useThumbnail } from '../useThumbnail.ts';
import { Icon } from '../icons.tsx';

export interface SceneNodeData extends Record<string, unknown> {
  title: string;
  panorama: string | null;
  isStart: boolean;
  isEnding: boolean;
  /** Errors and warnings about this scene (from the lint). */
  problems: number;
  hasErrors: boolean;
}

export type SceneNodeType = Node<SceneNodeData, 'scene'>;

/** A scene on the story map: picture, title, start/ending badges, how many things to fix. */
export const SceneNode = memo(function SceneNode({ data, selected }: NodeProps<SceneNodeType>) {
  const { assets } = useEditor();
  const thumb = useThumbnail(assets, data.panorama);
  return (
    <div className={`scene-node${selected ? ' is-selected' : ''}${data.isStart ? ' is-start' : ''}`}>
      <Handle type="target" position={Position.Left} className="scene-handle target" isConnectableStart={false} />
      <div className="scene-node-thumb" aria-hidden="true">
        {thumb ? <img src={thumb} alt="" draggable={false} /> : <span className="scene-node-nothumb">360°</span>}
      </div>
      <div className="scene-node-body">
        <p className="scene-node-title">{data.title || t('editor.scene.untitled')}</p>
        <p className="scene-node-badges">
          {data.isStart && <span className="chip chip-start"><Icon name="flag" size="0.95em" /> {t('editor.scene.start')}</span>}
          {data.isEnding && <span className="chip chip-ending"><Icon name="star" size="0.95em" /> {t('editor.scene.ending')}</span>}
          {data.problems > 0 && (
            <span className={`chip ${data.hasErrors ? 'chip-error' : 'chip-warning'}`}>
              <Icon name="warning" size="0.95em" /> {t('editor.scene.problems', { count: data.problems })}
            </span>
          )}
        </p>
      </div>
      <Handle type="source" position={Position.Right} className="scene-handle source" />
    </div>
  );
});
