// A small incremental XML scanner: it is fed text chunks and reports start and end tags with the
// line they begin on. It never holds more than the unfinished tail of the previous chunk, so a log
// of any size streams through in bounded memory. Well-formedness is checked as far as an event log
// needs: matching tags, quoted attributes, a single root, nothing left open at the end.
import { LogFormatError } from './model.js';

export interface XmlHandler {
  start(name: string, attrs: Record<string, string>, selfClosing: boolean, line: number): void;
  end(name: string, line: number): void;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string, line: number): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new LogFormatError(line, `ongeldige entiteit "${whole}"`);
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(code);
    }
    const value = ENTITIES[ref];
    if (value === undefined) throw new LogFormatError(line, `onbekende entiteit "&${ref};"`);
    return value;
  });
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

// Top-level, not a closure inside parseAttributes: that runs for every tag.
function badAttr(buf: string, from: number, to: number, line: number, what: string): LogFormatError {
  return new LogFormatError(line, `${what} in <${buf.slice(from, to).trim()}>`);
}

function parseAttributes(buf: string, from: number, to: number, line: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  let i = from;
  for (;;) {
    while (i < to && isSpace(buf.charCodeAt(i))) i++;
    if (i >= to) return attrs;
    const eq = buf.indexOf('=', i);
    if (eq < 0 || eq >= to) throw badAttr(buf, from, to, line, 'attribuut zonder waarde');
    let keyEnd = eq;
    while (keyEnd > i && isSpace(buf.charCodeAt(keyEnd - 1))) keyEnd--;
    const key = buf.slice(i, keyEnd);
    // A quote before '=' means a value without its '=' (or a stray quote): malformed.
    if (!key || key.includes('"') || key.includes("'") || key.includes(' '))
      throw badAttr(buf, from, to, line, 'ongeldig attribuut');
    i = eq + 1;
    while (i < to && isSpace(buf.charCodeAt(i))) i++;
    const quote = buf.charCodeAt(i);
    if (quote !== 34 && quote !== 39)
      throw badAttr(buf, from, to, line, 'attribuutwaarde zonder aanhalingstekens');
    const close = buf.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (close < 0 || close >= to) throw badAttr(buf, from, to, line, 'attribuutwaarde niet afgesloten');
    const raw = buf.slice(i + 1, close);
    if (raw.includes('<')) throw badAttr(buf, from, to, line, '"<" in attribuutwaarde');
    attrs[key] = raw.includes('&') ? decodeEntities(raw, line) : raw;
    i = close + 1;
    if (i < to && !isSpace(buf.charCodeAt(i)))
      throw badAttr(buf, from, to, line, 'attributen moeten gescheiden zijn door spaties');
  }
}

export class XmlScanner {
  private buf = '';
  private line = 1;
  private readonly stack: { name: string; line: number }[] = [];
  private rootSeen = false;

  constructor(private readonly handler: XmlHandler) {}

  /** The line the scanner has reached (for progress and errors outside tags). */
  get currentLine(): number {
    return this.line;
  }

  private advanceLines(from: number, to: number): void {
    const buf = this.buf;
    let i = buf.indexOf('\n', from);
    while (i >= 0 && i < to) {
      this.line++;
      i = buf.indexOf('\n', i + 1);
    }
  }

  private checkText(from: number, to: number): void {
    // Character data only matters where it should not be: outside the root element.
    if (this.stack.length > 0) return;
    for (let i = from; i < to; i++) {
      if (!isSpace(this.buf.charCodeAt(i))) {
        this.advanceLines(from, i);
        throw new LogFormatError(this.line, 'tekst buiten het hoofdelement');
      }
    }
  }

  /** Feeds the next piece of text; complete tags are reported, an unfinished tail is kept. */
  write(chunk: string): void {
    this.buf = this.buf.length ? this.buf + chunk : chunk;
    const buf = this.buf;
    let pos = 0;
    for (;;) {
      const lt = buf.indexOf('<', pos);
      if (lt < 0) {
        this.checkText(pos, buf.length);
        this.advanceLines(pos, buf.length);
        pos = buf.length;
        break;
      }
      this.checkText(pos, lt);
      this.advanceLines(pos, lt);
      pos = lt;
      const next = buf.charCodeAt(lt + 1);
      if (next !== next) break; // NaN: '<' is the last character, wait for more
      let end: number;
      if (next === 33 /* ! */ || next === 63 /* ? */) {
        if (buf.startsWith('<!--', lt)) end = skipTo(buf, lt + 4, '-->');
        else if (buf.startsWith('<![CDATA[', lt)) end = skipTo(buf, lt + 9, ']]>');
        else if (next === 63) end = skipTo(buf, lt + 2, '?>');
        else if (buf.length - lt < 9) break;
        else end = skipTo(buf, lt + 2, '>');
        if (end < 0) break;
        this.advanceLines(lt, end);
        pos = end;
        continue;
      }
      end = tagEnd(buf, lt + 1);
      if (end === -2) throw new LogFormatError(this.line, 'tag niet afgesloten met ">"');
      if (end < 0) break;
      this.tag(buf, lt + 1, end);
      this.advanceLines(lt, end);
      pos = end + 1;
    }
    this.buf = buf.slice(pos);
  }

  /** The tag between buf[from] (after '<') and buf[to] (the '>'), read by index: no copies. */
  private tag(buf: string, from: number, to: number): void {
    const line = this.line;
    if (buf.charCodeAt(from) === 47 /* / */) {
      let a = from + 1;
      let b = to;
      while (a < b && isSpace(buf.charCodeAt(a))) a++;
      while (b > a && isSpace(buf.charCodeAt(b - 1))) b--;
      const name = buf.slice(a, b);
      const open = this.stack.pop();
      if (!open) throw new LogFormatError(line, `sluittag </${name}> zonder openingstag`);
      if (open.name !== name)
        throw new LogFormatError(
          line,
          `sluittag </${name}> past niet bij <${open.name}> (geopend op regel ${open.line})`,
        );
      this.handler.end(name, line);
      return;
    }
    const selfClosing = buf.charCodeAt(to - 1) === 47;
    const innerEnd = selfClosing ? to - 1 : to;
    let i = from;
    while (i < innerEnd && !isSpace(buf.charCodeAt(i))) i++;
    const name = buf.slice(from, i);
    const first = name.charCodeAt(0);
    // Only the first character is checked: enough to catch "< event" and "<1>", and cheap.
    if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95 || first === 58))
      throw new LogFormatError(line, `ongeldige tag <${buf.slice(from, to)}>`);
    if (this.stack.length === 0) {
      if (this.rootSeen) throw new LogFormatError(line, `tweede hoofdelement <${name}>`);
      this.rootSeen = true;
    }
    const attrs = parseAttributes(buf, i, innerEnd, line);
    if (!selfClosing) this.stack.push({ name, line });
    this.handler.start(name, attrs, selfClosing, line);
    if (selfClosing) this.handler.end(name, line);
  }

  /** At the end of the input: nothing may be left open. */
  close(): void {
    if (this.buf.trim().length > 0)
      throw new LogFormatError(this.line, 'het bestand eindigt midden in een tag');
    const open = this.stack[this.stack.length - 1];
    if (open)
      throw new LogFormatError(
        this.line,
        `<${open.name}> (geopend op regel ${open.line}) is niet gesloten aan het eind van het bestand`,
      );
    if (!this.rootSeen) throw new LogFormatError(this.line, 'geen XML-element gevonden');
  }
}

function skipTo(buf: string, from: number, marker: string): number {
  const i = buf.indexOf(marker, from);
  return i < 0 ? -1 : i + marker.length;
}

/**
 * The index of the '>' that closes a tag, skipping any '>' inside quoted attribute values; -1 when
 * the tag is not complete yet, -2 when a '<' comes first (a tag without '>').
 */
function tagEnd(buf: string, from: number): number {
  let quote = 0;
  for (let i = from; i < buf.length; i++) {
    const c = buf.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 62) return i;
    else if (c === 34 || c === 39) quote = c;
    else if (c === 60) return -2;
  }
  return -1;
}
