// Which characters can start a match of a regular expression. The content rules are large
// alternations (微信|qq|淘宝|…); V8 tries every alternative at every position, so most of the time
// goes into positions where nothing can match. Knowing the possible first characters, a scan
// skips those positions with one table lookup each and runs the (sticky) regex only where a
// match can begin. Results are identical to a global exec; a pattern this small parser does not
// understand simply falls back to the ordinary scan.

/** A 64K-entry table of the UTF-16 units that can start a match, or null for "any". */
export type FirstChars = Uint8Array | null;

interface First {
  any: boolean;
  chars: Set<number>;
  nullable: boolean;
}

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  disjunction(): First {
    const out: First = { any: false, chars: new Set(), nullable: false };
    for (;;) {
      const alt = this.alternative();
      merge(out, alt);
      out.nullable ||= alt.nullable;
      if (this.src[this.i] !== '|') return out;
      this.i++;
    }
  }

  alternative(): First {
    const out: First = { any: false, chars: new Set(), nullable: true };
    let open = true; // still collecting: every term so far can match empty
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const term = this.term();
      if (open) {
        merge(out, term);
        if (!term.nullable) {
          open = false;
          out.nullable = false;
        }
      }
    }
    return out;
  }

  term(): First {
    const s = this.src;
    const c = s[this.i];
    if (c === '^' || c === '$') {
      this.i++;
      return empty();
    }
    if (c === '\\' && (s[this.i + 1] === 'b' || s[this.i + 1] === 'B')) {
      this.i += 2;
      return empty();
    }
    if (c === '(' && s[this.i + 1] === '?' && (s[this.i + 2] === '=' || s[this.i + 2] === '!' || (s[this.i + 2] === '<' && (s[this.i + 3] === '=' || s[this.i + 3] === '!')))) {
      this.i += s[this.i + 2] === '<' ? 4 : 3;
      this.disjunction(); // a lookaround is zero-width: it never starts a match
      this.expect(')');
      this.quantifier();
      return empty();
    }
    const atom = this.atom();
    const min = this.quantifier();
    return { ...atom, nullable: atom.nullable || min === 0 };
  }

  atom(): First {
    const s = this.src;
    const c = s[this.i];
    if (c === '(') {
      this.i++;
      if (s[this.i] === '?') {
        if (s[this.i + 1] === ':') this.i += 2;
        else if (s[this.i + 1] === '<') {
          const close = s.indexOf('>', this.i);
          if (close < 0) throw new Error('bad group');
          this.i = close + 1;
        } else throw new Error('unsupported group');
      }
      const inner = this.disjunction();
      this.expect(')');
      return inner;
    }
    if (c === '[') return this.charClass();
    if (c === '.') {
      this.i++;
      return anything();
    }
    if (c === '\\') return this.escape(false);
    const cp = s.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return one(cp);
  }

  escape(inClass: boolean): First {
    const s = this.src;
    const e = s[this.i + 1];
    this.i += 2;
    if (e === 'd') return range(0x30, 0x39);
    if (e === 'n') return one(0x0a);
    if (e === 'u') {
      if (s[this.i] === '{') {
        const close = s.indexOf('}', this.i);
        const cp = parseInt(s.slice(this.i + 1, close), 16);
        this.i = close + 1;
        return one(cp);
      }
      const cp = parseInt(s.slice(this.i, this.i + 4), 16);
      this.i += 4;
      return one(cp);
    }
    if (e === 'p' || e === 'P') {
      const close = s.indexOf('}', this.i);
      this.i = close + 1;
      return anything();
    }
    if (/[sSwWDk]/.test(e)) {
      if (e === 'k') this.i = s.indexOf('>', this.i) + 1;
      return anything();
    }
    if (!inClass && /[1-9]/.test(e)) return anything();
    return one(e.codePointAt(0)!);
  }

  charClass(): First {
    const s = this.src;
    this.i++;
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    const out = empty();
    out.nullable = false;
    while (s[this.i] !== ']') {
      if (this.i >= s.length) throw new Error('unterminated class');
      let item: First;
      if (s[this.i] === '\\') item = this.escape(true);
      else {
        const cp = s.codePointAt(this.i)!;
        this.i += cp > 0xffff ? 2 : 1;
        item = one(cp);
      }
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && item.chars.size === 1 && !item.any) {
        this.i++;
        const hi = s[this.i] === '\\' ? this.escape(true) : this.literalAt();
        const lo = [...item.chars][0];
        const top = [...hi.chars][0];
        if (hi.any || top === undefined) item = anything();
        else item = range(lo, top);
      }
      merge(out, item);
    }
    this.i++;
    return negated ? anything() : out;
  }

  literalAt(): First {
    const cp = this.src.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return one(cp);
  }

  /** Parses an optional quantifier; returns its minimum (1 when there is none). */
  quantifier(): number {
    const s = this.src;
    const c = s[this.i];
    let min = 1;
    if (c === '?' || c === '*') {
      min = 0;
      this.i++;
    } else if (c === '+') this.i++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(s.slice(this.i));
      if (!m) return 1;
      min = Number(m[1]);
      this.i += m[0].length;
    } else return 1;
    if (s[this.i] === '?') this.i++;
    return min;
  }

  expect(ch: string): void {
    if (this.src[this.i] !== ch) throw new Error(`expected ${ch}`);
    this.i++;
  }
}

function empty(): First {
  return { any: false, chars: new Set(), nullable: true };
}
function anything(): First {
  return { any: true, chars: new Set(), nullable: false };
}
function one(cp: number): First {
  const chars = new Set<number>();
  // A match starting with an astral character starts with its high surrogate.
  chars.add(cp > 0xffff ? 0xd800 + ((cp - 0x10000) >> 10) : cp);
  return { any: false, chars, nullable: false };
}
function range(lo: number, hi: number): First {
  if (hi > 0xffff || hi - lo > 0x4000) return anything();
  const chars = new Set<number>();
  for (let c = lo; c <= hi; c++) chars.add(c);
  return { any: false, chars, nullable: false };
}
function merge(into: First, from: First): void {
  into.any ||= from.any;
  for (const c of from.chars) into.chars.add(c);
}

/** The possible first UTF-16 units of a match of `re`, or null when any unit may start one
 *  (or the pattern is beyond this parser). Case-insensitive patterns are not narrowed. */
export function firstChars(re: RegExp): FirstChars {
  if (re.flags.includes('i')) return null;
  try {
    const p = new Parser(re.source);
    const first = p.disjunction();
    if (p.i !== re.source.length || first.any || first.nullable) return null;
    const table = new Uint8Array(0x10000);
    for (const c of first.chars) table[c] = 1;
    return table;
  } catch {
    return null;
  }
}
