import { createContext, useContext } from 'react';
import { ReferenceArea } from 'recharts';

/** The explained segment's iterations [from, to), or null: given by CurveChart, drawn inside its plot. */
export const ExplainedRangeContext = createContext<{ from: number; to: number } | null>(null);

/**
 * A faint band over the explained segment, so the sentence under the chart points at its stretch
 * of the curve. Reads a context (like the pointer layer) so a hover re-renders only this band,
 * never recharts' lines.
 */
export function ExplainedBand({ testId }: { testId: string }) {
  const range = useContext(ExplainedRangeContext);
  if (!range) return null;
  return <ReferenceArea xAxisId="iter" x1={range.from} x2={Math.max(range.from, range.to - 1)} fill="var(--region, #7e57c2)" fillOpacity={0.1} ifOverflow="hidden" data-testid={`${testId}.explained`} />;
}
