import {
  getIndexMeta,
  getStartIndexStringFromLowerBound,
  getStartIndexStringFromUpperBound,
  type RxDocumentData,
  type RxJsonSchema,
  type RxQueryPlan,
} from 'rxdb';

/**
 * RxDB compares index strings by UTF-16 code units (JavaScript `<`). SQLite compares TEXT as
 * UTF-8 bytes (code point order), which puts emoji after U+E000–U+FFFF, so a `\uFFFF`-padded
 * upper bound would drop them. Key columns are BLOBs (compared with memcmp) holding each UTF-16
 * code unit `u` as bytes that sort like the code units:
 *
 *   u < 0x80   → one byte  u                      (0x00–0x7F)
 *   u ≥ 0x80   → 3 bytes   0x80|u>>14, u>>7&0x7F, u&0x7F   (first byte 0x80–0x83)
 *
 * A one-byte unit always sorts below a three-byte one, three-byte units sort by their base-128
 * digits, and the code is prefix-free, so memcmp order equals JavaScript order (a prefix sorts
 * first in both). It is UTF-16BE's ordering at half its size for the ASCII digits, padding and
 * ids that make up almost every key, which keeps rows and index pages small.
 */
export function encodeIndexString(indexString: string): Uint8Array {
  const length = indexString.length;
  let size = length;
  for (let i = 0; i < length; i++) if (indexString.charCodeAt(i) >= 0x80) size += 2;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (let i = 0; i < length; i++) {
    const unit = indexString.charCodeAt(i);
    if (unit < 0x80) {
      bytes[at++] = unit;
    } else {
      bytes[at++] = 0x80 | (unit >> 14);
      bytes[at++] = (unit >> 7) & 0x7f;
      bytes[at++] = unit & 0x7f;
    }
  }
  return bytes;
}

export function decodeIndexString(bytes: Uint8Array): string {
  const units: number[] = [];
  for (let at = 0; at < bytes.length;) {
    const first = bytes[at++] ?? 0;
    if (first < 0x80) {
      units.push(first);
    } else {
      units.push(((first & 0x03) << 14) | ((bytes[at++] ?? 0) << 7) | (bytes[at++] ?? 0));
    }
  }
  return String.fromCharCode(...units);
}

export type KeyMaker<RxDocType> = (doc: RxDocumentData<RxDocType>) => Uint8Array;

type FieldWriter<RxDocType> = (doc: RxDocumentData<RxDocType>, out: KeyBuffer) => void;

/** A growing scratch buffer that keys are written into, then copied out at their exact size. */
class KeyBuffer {
  bytes = new Uint8Array(256);
  length = 0;

  /** Makes room for `units` more code units (3 bytes each at most). */
  reserve(units: number): void {
    const needed = this.length + units * 3;
    if (needed <= this.bytes.length) return;
    const larger = new Uint8Array(Math.max(needed, this.bytes.length * 2));
    larger.set(this.bytes.subarray(0, this.length));
    this.bytes = larger;
  }

  text(text: string): void {
    this.reserve(text.length);
    const bytes = this.bytes;
    let at = this.length;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit < 0x80) {
        bytes[at++] = unit;
      } else {
        bytes[at++] = 0x80 | (unit >> 14);
        bytes[at++] = (unit >> 7) & 0x7f;
        bytes[at++] = unit & 0x7f;
      }
    }
    this.length = at;
  }

  repeat(byte: number, count: number): void {
    if (count <= 0) return;
    this.reserve(count);
    const bytes = this.bytes;
    const end = this.length + count;
    // A loop: the padding is short, and TypedArray#fill costs more to call than to run here.
    for (let at = this.length; at < end; at++) bytes[at] = byte;
    this.length = end;
  }

  /**
   * A non-negative safe integer below 10^width as exactly `width` ASCII digits. It is split into
   * two int32 halves first: digits of a double would need a floating-point modulo each.
   */
  digits(value: number, width: number): void {
    this.reserve(width);
    let high = Math.floor(value / 1e8);
    let low = value - high * 1e8;
    if (low < 0) {
      high -= 1;
      low += 1e8;
    } else if (low >= 1e8) {
      high += 1;
      low -= 1e8;
    }
    const bytes = this.bytes;
    const start = this.length;
    let at = start + width - 1;
    for (let n = 0; n < 8 && at >= start; n++, at--) {
      const next = (low / 10) | 0;
      bytes[at] = 0x30 + low - next * 10;
      low = next;
    }
    for (; at >= start; at--) {
      const next = (high / 10) | 0;
      bytes[at] = 0x30 + high - next * 10;
      high = next;
    }
    this.length = start + width;
  }
}

type IndexMeta<RxDocType> = ReturnType<typeof getIndexMeta<RxDocType>>[number];

/**
 * RxDB's number part (clamp to [minimum, maximum], integer part minus the minimum padded to
 * `nonDecimals` digits, then `decimals` digits of the fraction), written as digits without
 * building strings. Anything off the common path (not a number, beyond 2^53) takes RxDB's own
 * part function, so the result is always RxDB's string.
 */
function numberWriter<RxDocType>(meta: IndexMeta<RxDocType>): FieldWriter<RxDocType> {
  const lengths = meta.parsedLengths;
  if (!lengths) throw new Error(`Index field ${meta.fieldName} has no number lengths.`);
  const { minimum, maximum, nonDecimals, decimals, roundedMinimum, multiplier } = lengths;
  const limit = Math.min(10 ** nonDecimals, Number.MAX_SAFE_INTEGER);
  return (doc, out) => {
    const raw: unknown = meta.getValue(doc);
    const given = raw === undefined ? 0 : raw;
    if (typeof given !== 'number') return out.text(meta.getIndexStringPart(doc));
    const value = given < minimum ? minimum : given > maximum ? maximum : given;
    const floored = Math.floor(value);
    const whole = floored - roundedMinimum;
    if (!(whole >= 0 && whole < limit)) return out.text(meta.getIndexStringPart(doc));
    out.digits(whole, nonDecimals);
    if (decimals > 0) {
      out.digits(Math.min(Math.round((value - floored) * multiplier), multiplier - 1), decimals);
    }
  };
}

/**
 * The key of a document for one schema index: RxDB's indexable string
 * (`getIndexableStringMonad`), encoded as above, but written field by field straight into bytes
 * instead of building the string first (it is computed for every index of every written row).
 * Strings and booleans follow RxDB's rules here, numbers numberWriter's.
 * index-keys.test.ts checks the result against RxDB's string for random documents.
 */
export function keyMaker<RxDocType>(
  schema: RxJsonSchema<RxDocumentData<RxDocType>>,
  fields: string[],
): KeyMaker<RxDocType> {
  const writers: FieldWriter<RxDocType>[] = getIndexMeta(schema, fields).map((meta) => {
    const type = meta.schemaPart.type;
    if (type === 'string') {
      const maxLength = meta.schemaPart.maxLength ?? 0;
      return (doc, out) => {
        const value = (meta.getValue(doc) as string | undefined) || '';
        out.text(value);
        out.repeat(0x20, maxLength - value.length);
      };
    }
    if (type === 'boolean') {
      return (doc, out) => out.repeat(meta.getValue(doc) ? 0x31 : 0x30, 1);
    }
    return numberWriter<RxDocType>(meta);
  });
  const buffer = new KeyBuffer();
  return (doc) => {
    buffer.length = 0;
    for (const write of writers) write(doc, buffer);
    return buffer.bytes.slice(0, buffer.length);
  };
}

/** The encoded lower and upper keys of a query plan's range. */
export function planBounds(
  schema: RxJsonSchema<RxDocumentData<unknown>>,
  plan: RxQueryPlan,
): { lower: Uint8Array; upper: Uint8Array } {
  return {
    lower: encodeIndexString(getStartIndexStringFromLowerBound(schema, plan.index, plan.startKeys)),
    upper: encodeIndexString(getStartIndexStringFromUpperBound(schema, plan.index, plan.endKeys)),
  };
}
