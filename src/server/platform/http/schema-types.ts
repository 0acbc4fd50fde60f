import { Type, type TSchema } from 'typebox';

// Small schema builders every module needs; one definition so their types stay precise.

/** One of a fixed list of strings; typed as the union of those strings, not `string` or `never`. */
export const oneOf = <T extends string>(values: readonly T[]) => Type.Enum(values);

/** The schema, or null. */
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
