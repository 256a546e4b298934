"use client";
// Search above the list: while the box is empty the list is shown as it is; with words in it, the server's
// matches (GET /api/notes?q=...), each match marked. Typing settles for a moment before a request goes out.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useDeferredValue, useEffect, useState, type ReactNode } from "react";
import { describeError } from "@/lib/client/errors";
import { searchNotes } from "@/lib/client/history-api";
import { noteKeys, retryTransient } from "@/lib/client/queries";
import { MAX_QUERY_LENGTH, searchTerms } from "@/lib/notes/search-terms";
import { NoteListItem } from "../notes/note-list-item";

const SETTLE_MS = 200;

function useSettled(value: string, delay: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

export function NoteSearch({ children }: { children: ReactNode }) {
  const [typed, setTyped] = useState("");
  const settled = useDeferredValue(useSettled(typed.trim(), SETTLE_MS));
  const terms = searchTerms(settled);
  const active = typed.trim() !== "";
  const results = useQuery({
    queryKey: [...noteKeys.lists(), "search", settled],
    queryFn: ({ signal }) => searchNotes(settled, signal),
    enabled: terms.length > 0,
    placeholderData: keepPreviousData,
    retry: retryTransient,
  });

  return (
    <div className="space-y-4">
      <search>
        <label htmlFor="note-search" className="sr-only">
          Search notes
        </label>
        <input
          id="note-search"
          type="search"
          value={typed}
          maxLength={MAX_QUERY_LENGTH}
          onChange={(event) => setTyped(event.target.value)}
          placeholder="Search titles and text"
          className="h-10 w-full rounded-lg border border-line-strong bg-surface px-3 text-[0.95rem] placeholder:text-muted focus-visible:outline-2 focus-visible:outline-focus"
        />
      </search>
      {!active ? (
        children
      ) : terms.length === 0 && settled === typed.trim() ? (
        <p className="text-sm text-muted">Type a word to search for.</p>
      ) : results.error && !results.data ? (
        <p role="alert" className="rounded-xl border border-line bg-danger-soft p-4 text-danger">
          Couldn&apos;t search. {describeError(results.error)}
        </p>
      ) : !results.data ? (
        <p className="text-muted">Searching…</p>
      ) : (
        <div>
          <p role="status" className="mb-2 text-sm text-muted">
            {results.data.length === 0
              ? `No notes match “${settled}”.`
              : `${results.data.length === 50 ? "The 50 latest" : results.data.length} note${results.data.length === 1 ? "" : "s"} match “${settled}”.`}
          </p>
          {results.data.length > 0 && (
            <ul aria-label="Search results" className="divide-y divide-line overflow-hidden rounded-2xl border border-line bg-surface shadow-card">
              {results.data.map((note) => (
                <NoteListItem key={note.id} note={note} terms={terms} />
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
