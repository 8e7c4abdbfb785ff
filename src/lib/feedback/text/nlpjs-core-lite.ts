/**
 * A small stand-in for `@nlpjs/core`, with only what the Snowball stemmer of
 * `@nlpjs/lang-nl` uses: `Among` and the string machinery of `BaseStemmer`.
 * The real package index also loads its container, logger and compiler, which
 * the stemmer never calls; a browser bundler can map `@nlpjs/core` to this file
 * (see `scripts/bench-feedback.ts`) to keep the engine small. Without that
 * alias the real `@nlpjs/core` is used; both give the same stems (tested).
 *
 * Adapted from @nlpjs/core 4.26 (src/among.js, src/base-stemmer.js).
 *
 * Copyright (c) AXA Group Operations Spain S.A.
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the 'Software'), to deal
 * in the Software without restriction, including without limitation the rights
 * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 * copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in
 * all copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED 'AS IS', WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 * LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 * OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
 * SOFTWARE.
 */

export class Among {
  s_size: number;
  s: string;
  substring_i: number;
  result: number;
  method: ((instance: unknown) => boolean) | null;
  instance: unknown;

  constructor(s: string, sub: number, result: number, method?: (instance: unknown) => boolean, instance?: unknown) {
    this.s_size = s.length;
    this.s = s;
    this.substring_i = sub;
    this.result = result;
    this.method = method ?? null;
    this.instance = instance;
  }
}

export class BaseStemmer {
  cache: Record<string, string> = {};
  current = '';
  cursor = 0;
  limit = 0;
  limit_backward = 0;
  bra = 0;
  ket = 0;

  constructor() {
    this.setCurrent('');
  }

  setCurrent(value: string): void {
    this.current = value;
    this.cursor = 0;
    this.limit = value.length;
    this.limit_backward = 0;
    this.bra = this.cursor;
    this.ket = this.limit;
  }

  getCurrent(): string {
    return this.current;
  }

  innerStem(): void {}

  copy_from(other: BaseStemmer): void {
    this.current = other.current;
    this.cursor = other.cursor;
    this.limit = other.limit;
    this.limit_backward = other.limit_backward;
    this.bra = other.bra;
    this.ket = other.ket;
  }

  private outside(s: number[], ch: number, min: number, max: number): boolean {
    if (ch > max || ch < min) return true;
    const c = ch - min;
    return (s[c >>> 3]! & (0x1 << (c & 0x7))) === 0;
  }

  in_grouping(s: number[], min: number, max: number): boolean {
    if (this.cursor >= this.limit || this.outside(s, this.current.charCodeAt(this.cursor), min, max)) return false;
    this.cursor++;
    return true;
  }

  in_grouping_b(s: number[], min: number, max: number): boolean {
    if (this.cursor <= this.limit_backward || this.outside(s, this.current.charCodeAt(this.cursor - 1), min, max)) return false;
    this.cursor--;
    return true;
  }

  out_grouping(s: number[], min: number, max: number): boolean {
    if (this.cursor >= this.limit || !this.outside(s, this.current.charCodeAt(this.cursor), min, max)) return false;
    this.cursor++;
    return true;
  }

  out_grouping_b(s: number[], min: number, max: number): boolean {
    if (this.cursor <= this.limit_backward || !this.outside(s, this.current.charCodeAt(this.cursor - 1), min, max)) return false;
    this.cursor--;
    return true;
  }

  eq_s(sizeOrText: number | string, text?: string): boolean {
    const s = typeof sizeOrText === 'string' ? sizeOrText : text!;
    if (this.limit - this.cursor < s.length || this.current.slice(this.cursor, this.cursor + s.length) !== s) return false;
    this.cursor += s.length;
    return true;
  }

  eq_s_b(sizeOrText: number | string, text?: string): boolean {
    const s = typeof sizeOrText === 'string' ? sizeOrText : text!;
    if (this.cursor - this.limit_backward < s.length || this.current.slice(this.cursor - s.length, this.cursor) !== s) return false;
    this.cursor -= s.length;
    return true;
  }

  find_among(v: Among[], size?: number): number {
    let i = 0;
    let j = size || v.length;
    const c = this.cursor;
    const l = this.limit;
    let commonI = 0;
    let commonJ = 0;
    let firstKeyInspected = false;
    for (;;) {
      const k = i + ((j - i) >>> 1);
      let diff = 0;
      let common = Math.min(commonI, commonJ);
      const w = v[k]!;
      for (let i2 = common; i2 < w.s_size; i2++) {
        if (c + common === l) {
          diff = -1;
          break;
        }
        diff = this.current.charCodeAt(c + common) - w.s.charCodeAt(i2);
        if (diff !== 0) break;
        common++;
      }
      if (diff < 0) {
        j = k;
        commonJ = common;
      } else {
        i = k;
        commonI = common;
      }
      if (j - i <= 1) {
        if (i > 0 || j === i || firstKeyInspected) break;
        firstKeyInspected = true;
      }
    }
    for (;;) {
      const w = v[i]!;
      if (commonI >= w.s_size) {
        this.cursor = c + w.s_size;
        if (w.method == null) return w.result;
        const res = w.method(w.instance);
        this.cursor = c + w.s_size;
        if (res) return w.result;
      }
      i = w.substring_i;
      if (i < 0) return 0;
    }
  }

  find_among_b(v: Among[], size?: number): number {
    let i = 0;
    let j = size || v.length;
    const c = this.cursor;
    const lb = this.limit_backward;
    let commonI = 0;
    let commonJ = 0;
    let firstKeyInspected = false;
    for (;;) {
      const k = i + ((j - i) >> 1);
      let diff = 0;
      let common = Math.min(commonI, commonJ);
      const w = v[k]!;
      for (let i2 = w.s_size - 1 - common; i2 >= 0; i2--) {
        if (c - common === lb) {
          diff = -1;
          break;
        }
        diff = this.current.charCodeAt(c - 1 - common) - w.s.charCodeAt(i2);
        if (diff !== 0) break;
        common++;
      }
      if (diff < 0) {
        j = k;
        commonJ = common;
      } else {
        i = k;
        commonI = common;
      }
      if (j - i <= 1) {
        if (i > 0 || j === i || firstKeyInspected) break;
        firstKeyInspected = true;
      }
    }
    for (;;) {
      const w = v[i]!;
      if (commonI >= w.s_size) {
        this.cursor = c - w.s_size;
        if (w.method == null) return w.result;
        const res = w.method(this);
        this.cursor = c - w.s_size;
        if (res) return w.result;
      }
      i = w.substring_i;
      if (i < 0) return 0;
    }
  }

  replace_s(bra: number, ket: number, s: string): number {
    const adjustment = s.length - (ket - bra);
    this.current = this.current.slice(0, bra) + s + this.current.slice(ket);
    this.limit += adjustment;
    if (this.cursor >= ket) this.cursor += adjustment;
    else if (this.cursor > bra) this.cursor = bra;
    return adjustment;
  }

  slice_check(): boolean {
    return !(this.bra < 0 || this.bra > this.ket || this.ket > this.limit || this.limit > this.current.length);
  }

  slice_from(s: string): boolean {
    if (!this.slice_check()) return false;
    this.replace_s(this.bra, this.ket, s);
    return true;
  }

  slice_del(): boolean {
    return this.slice_from('');
  }

  insert(bra: number, ket: number, s: string): void {
    const adjustment = this.replace_s(bra, ket, s);
    if (bra <= this.bra) this.bra += adjustment;
    if (bra <= this.ket) this.ket += adjustment;
  }

  slice_to(): string {
    return this.slice_check() ? this.current.slice(this.bra, this.ket) : '';
  }

  stemWord(word: string): string {
    let result = this.cache[`.${word}`];
    if (result == null) {
      this.setCurrent(word);
      this.innerStem();
      result = this.getCurrent();
      this.cache[`.${word}`] = result;
    }
    return result;
  }
}
