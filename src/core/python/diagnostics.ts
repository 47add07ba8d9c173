/** Problems found while reading a config, located in the text (1-based line and column). */
export interface Diagnostic {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: 'error' | 'warning';
  message: string;
  /** The file the problem is in, when a loader reports problems across several files. */
  file?: string;
}

/** A half-open range of UTF-16 offsets into the source text. */
export interface Span {
  start: number;
  end: number;
}

/** Maps offsets to 1-based line and column (UTF-16 code units, as editors count them). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** Returns the 1-based line and column of an offset. */
  locate(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }

  /** Builds a diagnostic covering a span. */
  diagnose(span: Span, severity: Diagnostic['severity'], message: string): Diagnostic {
    const a = this.locate(span.start);
    const b = this.locate(Math.max(span.start, span.end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, severity, message };
  }
}
