// Chromium takes a text directive (`:~:text=…`) out of `location` as the page opens, also when it does not act on
// it (with text fragments turned off); the Navigation API's entry keeps the address as the reader opened it.

/** The address as the reader opened it, text directive included. */
export const openedAddress = () => (window as { navigation?: { currentEntry: { url: string | null } | null } }).navigation?.currentEntry?.url ?? location.href;
