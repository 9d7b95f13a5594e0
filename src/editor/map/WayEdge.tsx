import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import type { WayEdge as WayEdgeType } from './edges.ts';
import { Icon } from '../icons.tsx';

/**
 * An arrow on the story map. A closed way is dashed with a lock half-way along; an answer's way on is
 * dotted with a question mark. The words for screen readers are on the arrow itself (edges.ts).
 */
export function WayEdge({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, data, interactionWidth }: EdgeProps<WayEdgeType>) {
  const [path, x, y] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  const kind = data?.kind ?? 'open';
  return (
    <>
      <BaseEdge path={path} {...(markerEnd ? { markerEnd } : {})} {...(interactionWidth !== undefined ? { interactionWidth } : {})} />
      {kind !== 'open' && (
        <EdgeLabelRenderer>
          <span className={`way-badge is-${kind}`} aria-hidden="true" style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}>
            <Icon name={kind === 'closed' ? 'lock' : 'question'} size="14px" />
          </span>
        </EdgeLabelRenderer>
      )}
    </>
  );
}
