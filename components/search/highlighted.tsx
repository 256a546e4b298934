// Text with the search's matches marked (<mark>), found by the same folding the server searches with.
import { highlightParts } from "@/lib/notes/search-terms";

export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlightParts(text, terms).map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-sm bg-warn-soft px-0.5 text-fg underline decoration-warn decoration-2 underline-offset-2">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
