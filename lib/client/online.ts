// Whether the browser believes it is online. `navigator.onLine` is only a hint (false is reliable, true may be
// wrong behind a dead network), so a save that fails with a network error is treated as offline too, and the
// "online" event is what starts a queued save again.
import { useSyncExternalStore } from "react";

function subscribe(listener: () => void) {
  window.addEventListener("online", listener);
  window.addEventListener("offline", listener);
  return () => {
    window.removeEventListener("online", listener);
    window.removeEventListener("offline", listener);
  };
}

export function isOnline(): boolean {
  return typeof navigator === "undefined" || navigator.onLine !== false;
}

/** True on the server and in the first render: the page was just served, so the network was there. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline, () => true);
}
