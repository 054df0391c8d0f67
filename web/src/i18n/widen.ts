/** The shape of a language's texts taken from the Spanish ones: the same keys, any strings. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
