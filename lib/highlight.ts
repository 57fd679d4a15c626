/** Splits a text into runs so that overlapping quotes can be highlighted without nesting marks. */
export interface Span {
  id: number;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** ids of the spans covering this run, in the order given */
  ids: number[];
}

export function segmentText(length: number, spans: Span[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const s of spans) {
    if (s.start >= 0 && s.end <= length && s.end > s.start) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const ids = spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
    const last = segments.at(-1);
    if (last && ids.length === 0 && last.ids.length === 0) last.end = end;
    else segments.push({ start, end, ids });
  }
  return segments;
}
