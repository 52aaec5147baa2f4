/** An ordered `[element, value]` pair for one SetValue / LMSSetValue call. */
export type CmiPair = readonly [element: string, value: string];
