import { createContext, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent, type RefObject } from 'react';
import { getRelativeCoordinate, type MouseHandlerDataParam } from 'recharts';
import type { ChartRange } from './chartData.ts';

/** The narrowest zoom, in iterations. */
const minSpan = 8;
/** A press that moves less than this many pixels is a click, not a selection. */
const minDragPx = 4;

/** Where recharts put the plot (pixels inside the chart's wrapper) and its inverse x scale. */
export interface PlotGeometry {
  left: number;
  top: number;
  width: number;
  height: number;
  invert: (px: number) => unknown;
}

/** What the pointer marks inside the chart: the hovered iteration and the range being selected. */
export interface PointerMarks {
  hover: number | null;
  selection: { from: number; to: number } | null;
}

export const PointerMarksContext = createContext<PointerMarks>({ hover: null, selection: null });

export interface HoverAt {
  iteration: number;
  /** The pointer's x and the plot's top, in chart pixels, to place the tooltip. */
  px: number;
  plotTop: number;
}

interface PointerInputs {
  /** The iterations on screen, [from, last]. */
  from: number;
  last: number;
  totalIters: number;
  onHover: (iteration: number | null) => void;
  onZoom?: ((range: ChartRange | null) => void) | undefined;
}

export interface ChartPointer {
  hover: HoverAt | null;
  marks: PointerMarks;
  /** Recharts' chart-level mouse handlers; stable, so the memoised plot never re-renders for them. */
  handlers: Record<'onMouseMove' | 'onMouseDown' | 'onMouseUp' | 'onMouseLeave', ChartMouseHandler>;
  onGeometry: (g: PlotGeometry | null) => void;
}

/** A selection in progress: where it started and where the pointer is, in pixels and iterations. */
interface Drag {
  fromPx: number;
  toPx: number;
  from: number;
  to: number;
}

/** The shape of recharts' chart-level mouse handlers (its own type is not exported). */
type ChartMouseHandler = (state: MouseHandlerDataParam, event: MouseEvent<SVGGraphicsElement>) => void;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * Hover, drag-to-zoom and wheel zoom over a recharts chart, driven by the chart's own mouse
 * events and its inverse x scale (recharts' ReferenceArea zoom pattern, but in exact iterations:
 * the points handed to recharts are thinned, so its snapped `activeLabel` would be off).
 * `frame` is the element the chart fills from its top-left corner, for the wheel, which
 * recharts does not report.
 */
export function useChartPointer(inputs: PointerInputs, frame: RefObject<HTMLElement | null>): ChartPointer {
  const [hover, setHover] = useState<HoverAt | null>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const geometry = useRef<PlotGeometry | null>(null);
  // Handlers run between renders and must see the newest inputs and pointer state.
  const latest = useRef(inputs);
  const hoverNow = useRef<HoverAt | null>(null);
  const dragNow = useRef<Drag | null>(null);
  useLayoutEffect(() => {
    latest.current = inputs;
  });

  const iterAt = useCallback((g: PlotGeometry, px: number) => {
    const { from, last } = latest.current;
    const v = Number(g.invert(clamp(px, g.left, g.left + g.width)));
    return Number.isFinite(v) ? Math.round(clamp(v, from, last)) : from;
  }, []);

  const setHoverAt = useCallback((next: HoverAt | null) => {
    const prev = hoverNow.current;
    if (prev?.iteration === next?.iteration && prev?.px === next?.px) return;
    hoverNow.current = next;
    setHover(next);
    if (prev?.iteration !== next?.iteration) latest.current.onHover(next?.iteration ?? null);
  }, []);

  const finishDrag = useCallback(
    (px: number | null) => {
      const d = dragNow.current;
      const g = geometry.current;
      dragNow.current = null;
      setDrag(null);
      if (!d || !g) return;
      const end = px ?? d.toPx;
      if (Math.abs(end - d.fromPx) < minDragPx) return;
      const a = iterAt(g, Math.min(d.fromPx, end));
      const b = iterAt(g, Math.max(d.fromPx, end));
      const { totalIters, onZoom } = latest.current;
      if (b + 1 - a >= 2) onZoom?.({ from: a, to: Math.max(a + Math.min(minSpan, totalIters), b + 1) });
    },
    [iterAt],
  );

  const handlers = useMemo<ChartPointer['handlers']>(
    () => ({
      onMouseMove: (_state, e) => {
        const g = geometry.current;
        if (!g) return;
        const { relativeX: x, relativeY: y } = getRelativeCoordinate(e);
        const d = dragNow.current;
        if (d) {
          const toPx = clamp(x, g.left, g.left + g.width);
          dragNow.current = { ...d, toPx, to: iterAt(g, toPx) };
          setDrag(dragNow.current);
        }
        const inside = x >= g.left && x <= g.left + g.width && y >= g.top && y <= g.top + g.height;
        setHoverAt(inside || d ? { iteration: iterAt(g, x), px: clamp(x, g.left, g.left + g.width), plotTop: g.top } : null);
      },
      onMouseDown: (_state, e) => {
        const g = geometry.current;
        if (!g || !latest.current.onZoom) return;
        const { relativeX: x, relativeY: y } = getRelativeCoordinate(e);
        if (x < g.left || x > g.left + g.width || y < g.top || y > g.top + g.height) return;
        // No text selection while dragging across the chart.
        e.preventDefault();
        const at = iterAt(g, x);
        dragNow.current = { fromPx: x, toPx: x, from: at, to: at };
        setDrag(dragNow.current);
      },
      onMouseUp: (_state, e) => {
        const g = geometry.current;
        if (!g || !dragNow.current) return;
        finishDrag(clamp(getRelativeCoordinate(e).relativeX, g.left, g.left + g.width));
      },
      onMouseLeave: () => setHoverAt(null),
    }),
    [iterAt, setHoverAt, finishDrag],
  );

  // A drag released outside the chart still ends (at the edge it left by).
  const dragging = drag !== null;
  useEffect(() => {
    if (!dragging) return;
    const up = () => finishDrag(null);
    window.addEventListener('mouseup', up);
    return () => window.removeEventListener('mouseup', up);
  }, [dragging, finishDrag]);

  // React's wheel listener is passive, so a page scroll could not be prevented: attach our own.
  const zoomable = inputs.onZoom !== undefined;
  useEffect(() => {
    const el = frame.current;
    if (!el || !zoomable) return;
    const onWheel = (e: WheelEvent) => {
      const g = geometry.current;
      const { from, last, totalIters, onZoom } = latest.current;
      if (!g || !onZoom) return;
      const box = el.getBoundingClientRect();
      const x = e.clientX - box.left;
      const y = e.clientY - box.top;
      if (x < g.left || x > g.left + g.width || y < g.top || y > g.top + g.height) return;
      e.preventDefault();
      const at = iterAt(g, x);
      const span = Math.max(minSpan, Math.round((last - from + 1) * (e.deltaY < 0 ? 0.8 : 1.25)));
      if (span >= totalIters) {
        onZoom(null);
        return;
      }
      const share = (at - from) / Math.max(1, last - from);
      const start = Math.min(Math.max(0, Math.round(at - share * span)), totalIters - span);
      onZoom({ from: start, to: start + span });
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [frame, zoomable, iterAt]);

  const onGeometry = useCallback((g: PlotGeometry | null) => {
    geometry.current = g;
  }, []);

  const hoverIteration = hover?.iteration ?? null;
  const selFrom = drag ? Math.min(drag.from, drag.to) : null;
  const selTo = drag ? Math.max(drag.from, drag.to) : null;
  const marks = useMemo<PointerMarks>(() => ({ hover: hoverIteration, selection: selFrom !== null && selTo !== null ? { from: selFrom, to: selTo } : null }), [hoverIteration, selFrom, selTo]);
  return { hover, marks, handlers, onGeometry };
}
