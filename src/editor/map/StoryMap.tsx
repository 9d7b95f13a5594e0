import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Controls,
  ReactFlow,
  applyNodeChanges,
  useReactFlow,
  type Connection,
  type Edge,
  type FinalConnectionState,
  type NodeChange,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { Story } from '../../story/schema/story.ts';
import type { MapPosition } from '../../story/schema/common.ts';
import { localize } from '../../story/text.ts';
import { t } from '../../i18n/index.ts';
import { useDoc, useEditor, useSession } from '../context.ts';
import { linkScenesCommand, moveScenesCommand } from '../commands/index.ts';
import { NODE_HEIGHT, NODE_WIDTH, mapPositions } from '../../story/graph/map-layout.ts';
import { initialViewport } from './viewport.ts';
import { SceneNode, type SceneNodeData, type SceneNodeType } from './SceneNode.tsx';
import { WayEdge } from './WayEdge.tsx';
import { MapDots } from './MapDots.tsx';
import { sameItems, sceneEdges } from './edges.ts';

const nodeTypes = { scene: SceneNode };
const edgeTypes = { way: WayEdge };

export interface SceneProblems {
  count: number;
  errors: boolean;
}

/**
 * The map's nodes for the story. A node whose scene, place, selection and problems did not change is
 * reused as it is (with what xyflow measured), so 500 cards do not all re-render, and a changed node
 * keeps its measured size so its arrows do not blink while it is measured again.
 */
function buildNodes(
  story: Story,
  selected: string | null,
  problems: ReadonlyMap<string, SceneProblems>,
  previous: readonly SceneNodeType[],
): SceneNodeType[] {
  const before = new Map(previous.map((n) => [n.id, n]));
  const positions = mapPositions(story);
  const lang = story.meta.defaultLanguage;
  const nodes = story.scenes.map((s): SceneNodeType => {
    const position = positions.get(s.id) ?? { x: 0, y: 0 };
    const p = problems.get(s.id);
    const data: SceneNodeData = {
      title: localize(s.title, lang),
      panorama: s.panorama,
      isStart: story.startSceneId === s.id,
      isEnding: !!s.ending,
      problems: p?.count ?? 0,
      hasErrors: p?.errors ?? false,
    };
    const old = before.get(s.id);
    if (
      old &&
      old.position.x === position.x &&
      old.position.y === position.y &&
      !!old.selected === (selected === s.id) &&
      (Object.keys(data) as Array<keyof SceneNodeData>).every((k) => old.data[k] === data[k])
    ) {
      return old;
    }
    return {
      id: s.id,
      type: 'scene',
      position,
      data,
      selected: selected === s.id,
      ...(old?.measured ? { measured: old.measured } : {}),
      ariaLabel: [
        data.title || t('editor.scene.untitled'),
        data.isStart ? t('editor.scene.start') : '',
        data.isEnding ? t('editor.scene.ending') : '',
        data.problems ? t('editor.scene.problems', { count: data.problems }) : '',
      ]
        .filter(Boolean)
        .join(', '),
    };
  });
  // Nothing changed on the map (a story title typed): the same list, so xyflow has nothing to redo.
  return sameItems(nodes, previous) ? (previous as SceneNodeType[]) : nodes;
}

/**
 * The same nodes with another card selected: only the two cards whose selection changed are new
 * objects (a click on the map rebuilt every card's data for 500 scenes before).
 */
function withSelection(nodes: SceneNodeType[], selected: string | null): SceneNodeType[] {
  return nodes.map((n) => (!!n.selected === (n.id === selected) ? n : { ...n, selected: n.id === selected }));
}

/**
 * The story map: a card per scene, an arrow per go-to hotspot. Drag a card to move it (one undo
 * step per drag, saved in the document); drag from a card's right dot onto another card (anywhere on
 * it) to link them;
 * click or press Enter on a card to select it. Arrow keys move the selected card.
 */
export function StoryMap({ problems }: { problems: ReadonlyMap<string, SceneProblems> }) {
  const { editor } = useEditor();
  const story = useDoc((s) => s.story);
  const readOnly = useDoc((s) => s.readOnly);
  const selected = useSession((s) => s.selection.sceneId);
  // Local node state follows the document, and xyflow's own changes (a drag in progress) in between.
  const [nodes, setNodes] = useState(() => buildNodes(story, selected, problems, []));
  const [edges, setEdges] = useState(() => sceneEdges(story, []));
  // What the cards are made from: a change elsewhere in the story (its title) leaves them alone.
  const { scenes, startSceneId } = story;
  const lang = story.meta.defaultLanguage;
  const [shown, setShown] = useState({ scenes, startSceneId, lang, selected, problems });
  if (shown.scenes !== scenes || shown.startSceneId !== startSceneId || shown.lang !== lang || shown.selected !== selected || shown.problems !== problems) {
    setShown({ scenes, startSceneId, lang, selected, problems });
    const onlySelection = shown.scenes === scenes && shown.startSceneId === startSceneId && shown.lang === lang && shown.problems === problems;
    setNodes((prev) => (onlySelection ? withSelection(prev, selected) : buildNodes(story, selected, problems, prev)));
    if (shown.scenes !== scenes) setEdges((prev) => sceneEdges(story, prev));
  }
  const [ready, setReady] = useState(false);

  const onNodesChange = useCallback(
    (changes: NodeChange<SceneNodeType>[]) => {
      // Selection is the editor's (the cards follow it when it changes): applying xyflow's own
      // "select" changes as well would hand xyflow 500 new nodes twice per click.
      const others = changes.filter((c) => c.type !== 'select');
      if (others.length > 0) setNodes((ns) => applyNodeChanges(others, ns));
      const done: Record<string, MapPosition> = {};
      for (const c of changes) {
        if (c.type === 'position' && c.position && !c.dragging) done[c.id] = c.position;
        if (c.type === 'select' && c.selected) editor.select({ sceneId: c.id, hotspotId: null });
      }
      const moved = Object.keys(done);
      if (moved.length === 0) return;
      // Save every card's place, so cards laid out automatically do not jump afterwards.
      const story = editor.doc.getState().story;
      const positions: Record<string, MapPosition> = {};
      if (story.scenes.some((s) => !s.map)) for (const [id, p] of mapPositions(story)) positions[id] = p;
      Object.assign(positions, done);
      editor.run(moveScenesCommand, { positions, moved });
    },
    [editor],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      if (c.source && c.target && c.source !== c.target) editor.run(linkScenesCommand, { fromId: c.source, toId: c.target });
    },
    [editor],
  );
  // A link dropped anywhere on a card (not on its small input dot) links to that card too.
  const [connecting, setConnecting] = useState(false);
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      setConnecting(false);
      if (state.isValid || !state.fromNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      const card = document.elementFromPoint(point.clientX, point.clientY)?.closest<HTMLElement>('.react-flow__node');
      const toId = card?.dataset.id;
      if (toId && toId !== state.fromNode.id) editor.run(linkScenesCommand, { fromId: state.fromNode.id, toId });
    },
    [editor],
  );

  // Bring the selected scene into view (a new scene, or one chosen from the problems list).
  const flow = useReactFlow();
  const boxRef = useRef<HTMLDivElement>(null);
  const nodesRef = useRef(nodes);
  nodesRef.current = nodes;
  const selectedRef = useRef(selected);
  selectedRef.current = selected;
  /** The selected card when it is not wholly inside the map at this viewport, else null. */
  const selectedOutside = useCallback((view: Viewport, w: number, h: number) => {
    const node = selectedRef.current ? nodesRef.current.find((n) => n.id === selectedRef.current) : undefined;
    if (!node) return null;
    const left = node.position.x * view.zoom + view.x;
    const top = node.position.y * view.zoom + view.y;
    const inside = left >= 0 && top >= 0 && left + NODE_WIDTH * view.zoom <= w && top + NODE_HEIGHT * view.zoom <= h;
    return inside ? null : node;
  }, []);
  // The map's size as the ResizeObserver below last saw it: reading clientWidth in the effect after
  // a card is chosen forced the browser to lay out the whole page (the new inspector) right there,
  // inside the click, tens of milliseconds before the frame would have done it anyway.
  const boxSize = useRef<{ w: number; h: number } | null>(null);
  useEffect(() => {
    if (!ready || !selected || !boxRef.current) return;
    const view = flow.getViewport();
    const size = (boxSize.current ??= { w: boxRef.current.clientWidth, h: boxRef.current.clientHeight });
    const node = selectedOutside(view, size.w, size.h);
    if (!node) return;
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    void flow.setCenter(node.position.x + NODE_WIDTH / 2, node.position.y + NODE_HEIGHT / 2, { zoom: view.zoom, duration: still ? 0 : 300 });
  }, [selected, ready, flow, selectedOutside]);

  // When the map's column narrows or widens (a scene opened beside it, or closed), what was in the
  // middle of the map stays in the middle, rather than sliding off its right-hand side; the chosen
  // card stays in view (it may have been near the edge that moved).
  useEffect(() => {
    const box = boxRef.current;
    if (!ready || !box) return;
    let last = { w: box.clientWidth, h: box.clientHeight };
    boxSize.current = last;
    const watch = new ResizeObserver(() => {
      const now = { w: box.clientWidth, h: box.clientHeight };
      const dw = now.w - last.w;
      const dh = now.h - last.h;
      last = now;
      boxSize.current = now;
      if (dw === 0 && dh === 0) return;
      const { x, y, zoom } = flow.getViewport();
      const next = { x: x + dw / 2, y: y + dh / 2, zoom };
      const node = selectedOutside(next, now.w, now.h);
      if (node) void flow.setCenter(node.position.x + NODE_WIDTH / 2, node.position.y + NODE_HEIGHT / 2, { zoom, duration: 0 });
      else void flow.setViewport(next);
    });
    watch.observe(box);
    return () => watch.disconnect();
  }, [ready, flow, selectedOutside]);

  // The camera where the author left it (after a preview), else a readable first view.
  const [startView] = useState(() => {
    const saved = editor.session.getState().camera;
    if (saved) return saved;
    const { story } = editor.doc.getState();
    // The map is most of the window; its exact size is not known before the first render.
    return initialViewport(mapPositions(story), story.startSceneId, Math.max(320, window.innerWidth - 460), Math.max(260, window.innerHeight - 300));
  });
  const onMoveEnd = useCallback((_: unknown, viewport: Viewport) => editor.session.setState({ camera: viewport }), [editor]);
  const onConnectStart = useCallback(() => setConnecting(true), []);
  const onInit = useCallback(() => setReady(true), []);
  const onPaneClick = useCallback(() => editor.select({ sceneId: null, hotspotId: null }), [editor]);
  const many = story.scenes.length > 60;
  const labels = mapLabels();

  // The same element while nothing xyflow is given changes (a story title typed): xyflow then
  // re-renders nothing. Each prop it is given anew is stored in its store, which runs every one of
  // its selectors (some walk all 500 nodes), so every prop here is stable.
  const flowElement = useMemo(
    () => (
      <ReactFlow<SceneNodeType>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onConnect={onConnect}
        onConnectStart={onConnectStart}
        onConnectEnd={onConnectEnd}
        onInit={onInit}
        onMoveEnd={onMoveEnd}
        onPaneClick={onPaneClick}
        isValidConnection={isValidConnection}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        elementsSelectable
        edgesFocusable={false}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        onlyRenderVisibleElements={many}
        defaultViewport={startView}
        minZoom={0.05}
        maxZoom={2}
        proOptions={proOptions}
        ariaLabelConfig={labels}
      >
        <MapDots gap={24} color="#2a3a4a" />
        <Controls showInteractive={false} />
      </ReactFlow>
    ),
    [nodes, edges, onNodesChange, onConnect, onConnectStart, onConnectEnd, onInit, onMoveEnd, onPaneClick, readOnly, many, startView, labels],
  );

  return (
    <div className={`story-map${connecting ? ' is-connecting' : ''}`} ref={boxRef} data-ready={ready ? 'true' : 'false'} data-scenes={story.scenes.length}>
      {flowElement}
    </div>
  );
}

const proOptions = { hideAttribution: true };
const isValidConnection = (c: Edge | Connection) => c.source !== c.target;

/** xyflow's words for screen readers, in the app's language (one object per language, so it stays the same). */
const labelsByLanguage = new Map<string, Record<string, string>>();
function mapLabels(): Record<string, string> {
  const key = t('editor.mapKeys');
  let labels = labelsByLanguage.get(key);
  if (!labels) {
    labels = {
      'node.a11yDescription.default': key,
      'controls.ariaLabel': t('editor.mapControls'),
      'controls.zoomIn.ariaLabel': t('editor.zoomIn'),
      'controls.zoomOut.ariaLabel': t('editor.zoomOut'),
      'controls.fitView.ariaLabel': t('editor.fitView'),
      'handle.ariaLabel': t('editor.linkHandle'),
    };
    labelsByLanguage.set(key, labels);
  }
  return labels;
}
