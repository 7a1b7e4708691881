// A bounded memo of values computed from strs: kept format templates (percent-format.ts,
// str-format.ts) and upper()/title() results (str-unicode.ts). Programs reuse a few strs many
// times; when the memo is full it is cleared rather than tracking use.

export class StrMemo<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly max: number, private readonly compute: (s: string) => V) {}

  /** compute(s), kept for the next call with the same s. */
  get(s: string): V {
    let v = this.map.get(s);
    if (v === undefined) {
      v = this.compute(s);
      if (this.map.size >= this.max) this.map.clear();
      this.map.set(s, v);
    }
    return v;
  }
}
