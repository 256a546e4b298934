"use client";
// The demo's wire view: every request the two panes' editors send, as they send it (the fetch client's
// observer hook, installed only while this is on screen), and what came back. A list of text, one request
// per item, so it reads the same to a screen reader and at 375 px as on a wide screen.
import { useEffect, useReducer, useState } from "react";
import {
  conditionsText, entryFrom, prettyProblem, relativeMs, statusText, visibleEntries, withAnswer, type WireEntry,
} from "@/lib/client/wire-entries";
import { installWireObserver } from "@/lib/client/wire-log";
import { Button } from "../ui/button";
import { SaveBothButton } from "./save-both-button";
import { WireExplainer } from "./wire-explainer";

const MAX_ENTRIES = 200;

type Action = { kind: "sent"; entry: WireEntry } | { kind: "answered"; entry: WireEntry } | { kind: "clear" };

function reduce(entries: WireEntry[], action: Action): WireEntry[] {
  if (action.kind === "clear") return [];
  if (action.kind === "sent") return [...entries, action.entry].slice(-MAX_ENTRIES);
  return entries.map((entry) => (entry.id === action.entry.id ? action.entry : entry));
}

function statusTone(status: number): string {
  if (status === 412 || status === 428) return "border-warn/50 bg-warn-soft";
  if (status >= 400) return "border-danger/40 bg-danger-soft";
  return "border-line bg-surface";
}

function Entry({ entry, start }: { entry: WireEntry; start: number }) {
  const who = entry.who ?? "Both panes";
  const answer = entry.answer;
  return (
    <li className={`rounded-xl border px-3 py-2 text-sm ${answer.kind === "response" ? statusTone(answer.status) : "border-line bg-surface"}`}>
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="w-16 shrink-0 text-xs text-muted tabular-nums">{relativeMs(entry.sentAt, start)}</span>{" "}
        <span className="font-medium">
          <bdi>{who}</bdi> <span aria-hidden="true">→</span>
          <span className="sr-only"> to the</span> server:
        </span>{" "}
        <code className="font-semibold">{entry.method}</code> <code className="min-w-0 break-all">{entry.path}</code>{" "}
        <span className="text-muted">({conditionsText(entry)})</span>
      </p>
      <p className="mt-0.5 sm:pl-[4.5rem]">
        <span className="font-medium">
          Server <span aria-hidden="true">→</span>
          <span className="sr-only"> to</span> <bdi>{who}</bdi>:
        </span>{" "}
        {answer.kind === "pending" ? (
          <span className="text-muted">waiting…</span>
        ) : answer.kind === "failed" ? (
          <span>no answer ({answer.error})</span>
        ) : (
          <>
            <strong>{statusText(answer.status)}</strong>,{" "}
            <span className="text-muted">{answer.etag ? `ETag: ${answer.etag}` : "no ETag"}</span>,{" "}
            <span className="text-xs text-muted tabular-nums">after {Math.round(answer.receivedAt - entry.sentAt)} ms</span>
          </>
        )}
      </p>
      {answer.kind === "response" && answer.problem && (
        <details className="mt-1 sm:pl-[4.5rem]">
          <summary className="cursor-pointer text-accent">Problem details ({answer.status})</summary>
          <pre className="mt-1 max-h-64 overflow-auto rounded-lg bg-surface-2 p-2 text-xs break-words whitespace-pre-wrap">
            {prettyProblem(answer.problem)}
          </pre>
        </details>
      )}
    </li>
  );
}

export function WireView() {
  const [entries, dispatch] = useReducer(reduce, []);
  const [shown, setShown] = useState(true);
  const [showReads, setShowReads] = useState(true);

  useEffect(() => {
    let next = 0;
    return installWireObserver((request) => {
      const entry = entryFrom(next++, request);
      dispatch({ kind: "sent", entry });
      return (outcome) => dispatch({ kind: "answered", entry: withAnswer(entry, outcome) });
    });
  }, []);

  const listed = visibleEntries(entries, showReads);
  const start = listed[0]?.sentAt ?? 0;

  return (
    <section aria-labelledby="wire-heading" className="rounded-3xl border border-line bg-surface-2/50 p-3 sm:p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="wire-heading" className="font-semibold">
          On the wire
        </h2>
        <div className="flex flex-wrap items-center gap-2">
          <SaveBothButton />
          <Button size="sm" variant="ghost" aria-expanded={shown} aria-controls="wire-body" onClick={() => setShown(!shown)}>
            {shown ? "Hide the wire view" : "Show the wire view"}
          </Button>
        </div>
      </div>
      <div id="wire-body" hidden={!shown} className="mt-3 grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0 space-y-2">
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <label className="inline-flex items-center gap-1.5">
              <input type="checkbox" checked={showReads} onChange={(event) => setShowReads(event.target.checked)} />
              Show reads (GET)
            </label>
            <Button size="sm" variant="ghost" onClick={() => dispatch({ kind: "clear" })} disabled={!entries.length}>
              Clear
            </Button>
          </div>
          {listed.length === 0 ? (
            <p className="text-sm text-muted">Nothing sent yet. Save in a pane, or press “Save both at once”.</p>
          ) : (
            <ol aria-label="Requests and answers, oldest first" className="space-y-1.5">
              {listed.map((entry) => (
                <Entry key={entry.id} entry={entry} start={start} />
              ))}
            </ol>
          )}
        </div>
        <WireExplainer />
      </div>
    </section>
  );
}
