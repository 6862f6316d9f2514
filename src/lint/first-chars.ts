// Which characters can start a match of a regular expression. The content rules are large
// alternations (微信|qq|淘宝|…); V8 tries every alternative at every position, so most of the time
// goes into positions where nothing can match. Knowing the possible first characters, a scan
// skips those positions with one table lookup each and runs the (sticky) regex only where a
// match can begin. Results are identical to a global exec; a pattern this small parser does not
// understand simply falls back to the ordinary scan.

/** A 64K-entry table of the UTF-16 units that can start a match, or null for "any". */
export type FirstChars = Uint8Array | null;

/** What a parsed piece tells its parent: whether it can match empty, and whether any unit at
 *  all may start it. The units it can start with are not returned but written straight into
 *  the parser's table while the piece is in starting position — building a Set per atom and
 *  copying it up every nesting level cost ~10 ms (mostly GC) for normalize's 7 KB variant
 *  pattern at every start-up. */
interface First {
  any: boolean;
  nullable: boolean;
}

const EMPTY: First = { any: false, nullable: true };
const ANY: First = { any: true, nullable: false };
const ONE: First = { any: false, nullable: false };

class Parser {
  i = 0;
  readonly table = new Uint8Array(0x10000);
  constructor(readonly src: string) {}

  /** `collect`: this piece is in starting position, so the units it can start with go into the table. */
  disjunction(collect: boolean): First {
    let any = false;
    let nullable = false;
    for (;;) {
      const alt = this.alternative(collect);
      any ||= alt.any;
      nullable ||= alt.nullable;
      if (this.src[this.i] !== '|') return { any, nullable };
      this.i++;
    }
  }

  alternative(collect: boolean): First {
    let any = false;
    let open = true; // still collecting: every term so far can match empty
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const term = this.term(collect && open);
      if (open) {
        any ||= term.any;
        if (!term.nullable) open = false;
      }
    }
    return { any, nullable: open };
  }

  term(collect: boolean): First {
    const s = this.src;
    const c = s[this.i];
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY;
    }
    if (c === '\\' && (s[this.i + 1] === 'b' || s[this.i + 1] === 'B')) {
      this.i += 2;
      return EMPTY;
    }
    if (c === '(' && s[this.i + 1] === '?' && (s[this.i + 2] === '=' || s[this.i + 2] === '!' || (s[this.i + 2] === '<' && (s[this.i + 3] === '=' || s[this.i + 3] === '!')))) {
      this.i += s[this.i + 2] === '<' ? 4 : 3;
      this.disjunction(false); // a lookaround is zero-width: it never starts a match
      this.expect(')');
      this.quantifier();
      return EMPTY;
    }
    const atom = this.atom(collect);
    const min = this.quantifier();
    return atom.nullable || min !== 0 ? atom : { any: atom.any, nullable: true };
  }

  atom(collect: boolean): First {
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
      const inner = this.disjunction(collect);
      this.expect(')');
      return inner;
    }
    if (c === '[') return this.charClass(collect);
    if (c === '.') {
      this.i++;
      return ANY;
    }
    if (c === '\\') return this.unit(this.escape(false), collect);
    const cp = s.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return this.unit(cp, collect);
  }

  /** Records one code point (ANY_UNIT: any, DIGIT: 0-9) as a possible start. */
  unit(cp: number, collect: boolean): First {
    if (cp === ANY_UNIT) return ANY;
    if (!collect) return ONE;
    if (cp === DIGIT) this.table.fill(1, 0x30, 0x3a);
    else this.table[startUnit(cp)] = 1;
    return ONE;
  }

  /** The code point an escape stands for, DIGIT for \d, or ANY_UNIT for another class escape. */
  escape(inClass: boolean): number {
    const s = this.src;
    const e = s[this.i + 1];
    this.i += 2;
    if (e === 'd') return DIGIT;
    if (e === 'n') return 0x0a;
    if (e === 'u') {
      if (s[this.i] === '{') {
        const close = s.indexOf('}', this.i);
        const cp = parseInt(s.slice(this.i + 1, close), 16);
        this.i = close + 1;
        return cp;
      }
      const cp = parseInt(s.slice(this.i, this.i + 4), 16);
      this.i += 4;
      return cp;
    }
    if (e === 'p' || e === 'P') {
      const close = s.indexOf('}', this.i);
      this.i = close + 1;
      return ANY_UNIT;
    }
    if (e === 's' || e === 'S' || e === 'w' || e === 'W' || e === 'D' || e === 'k') {
      if (e === 'k') this.i = s.indexOf('>', this.i) + 1;
      return ANY_UNIT;
    }
    if (!inClass && e >= '1' && e <= '9') return ANY_UNIT;
    return e.codePointAt(0)!;
  }

  charClass(collect: boolean): First {
    const s = this.src;
    this.i++;
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    // A negated class may start with anything; its members are parsed but not recorded.
    const record = collect && !negated;
    let any = negated;
    while (s[this.i] !== ']') {
      if (this.i >= s.length) throw new Error('unterminated class');
      let lo: number;
      if (s[this.i] === '\\') lo = this.escape(true);
      else {
        lo = s.codePointAt(this.i)!;
        this.i += lo > 0xffff ? 2 : 1;
      }
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && lo !== ANY_UNIT && lo !== DIGIT) {
        this.i++;
        let hi: number;
        if (s[this.i] === '\\') hi = this.escape(true);
        else {
          hi = s.codePointAt(this.i)!;
          this.i += hi > 0xffff ? 2 : 1;
        }
        if (hi === ANY_UNIT || hi === DIGIT || hi > 0xffff || hi - lo > 0x4000) any = true;
        else if (record && hi >= lo) this.table.fill(1, lo, hi + 1);
        continue;
      }
      if (lo === ANY_UNIT) any = true;
      else if (lo === DIGIT) {
        if (record) this.table.fill(1, 0x30, 0x3a);
      } else if (record) this.table[startUnit(lo)] = 1;
    }
    this.i++;
    return { any, nullable: false };
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
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(s.slice(this.i, this.i + 24));
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

/** Markers escape() returns instead of a code point (both above the Unicode range). */
const ANY_UNIT = -1;
const DIGIT = -2;

/** A match starting with an astral character starts with its high surrogate. */
function startUnit(cp: number): number {
  return cp > 0xffff ? 0xd800 + ((cp - 0x10000) >> 10) : cp;
}

/** The possible first UTF-16 units of a match of `re`, or null when any unit may start one
 *  (or the pattern is beyond this parser). Case-insensitive patterns are not narrowed. */
export function firstChars(re: RegExp): FirstChars {
  if (re.flags.includes('i')) return null;
  try {
    const p = new Parser(re.source);
    const first = p.disjunction(true);
    if (p.i !== re.source.length || first.any || first.nullable) return null;
    return p.table;
  } catch {
    return null;
  }
}
