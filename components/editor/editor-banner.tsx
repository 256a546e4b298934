"use client";
// What just happened to the note beyond the person's own save, said until they dismiss it: their delete found
// it deleted already, their restore brought it back, or someone else had re-created it first.
import { Button } from "../ui/button";
import { Moment } from "./moment";

export type BannerFact =
  | { kind: "already-deleted"; by: string | null; at: string | null }
  | { kind: "restored"; version: number }
  | { kind: "restore-collided"; by: string; version: number };

export function EditorBanner({ fact, onDismiss }: { fact: BannerFact; onDismiss: () => void }) {
  const tone = fact.kind === "restored" ? "border-ok/40 bg-ok-soft" : "border-warn/40 bg-warn-soft";
  return (
    <div role={fact.kind === "restored" ? "status" : "alert"} className={`flex flex-wrap items-center gap-3 rounded-xl border px-3 py-2 text-left text-sm ${tone}`}>
      <p className="min-w-0 flex-1">
        {fact.kind === "already-deleted" && (
          <>
            <strong>
              Already deleted by <bdi>{fact.by ?? "someone else"}</bdi>
              {fact.at ? <> <Moment iso={fact.at} /></> : null}.
            </strong>{" "}
            Your delete had nothing left to do.
          </>
        )}
        {fact.kind === "restored" && <>Restored: the note is back, as version {fact.version}. Its history goes on.</>}
        {fact.kind === "restore-collided" && (
          <>
            <strong>
              <bdi>{fact.by}</bdi> re-created this note before your restore.
            </strong>{" "}
            This is their version (v{fact.version}); nothing was overwritten.
          </>
        )}
      </p>
      <Button size="sm" variant="ghost" onClick={onDismiss}>
        Dismiss
      </Button>
    </div>
  );
}
