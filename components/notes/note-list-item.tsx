// One note in a list: its title, version, excerpt and who saved it last, as a link to it. The home list and
// the search results show a note the same way; given search terms, their matches are marked.
import Link from "next/link";
import type { NoteSummary } from "@/lib/client/types";
import { Highlighted } from "../search/highlighted";
import { RelativeTime } from "../ui/relative-time";

export function NoteListItem({ note, terms = [] }: { note: NoteSummary; terms?: readonly string[] }) {
  const marked = (text: string) => (terms.length ? <Highlighted text={text} terms={terms} /> : text);
  return (
    <li>
      <Link
        href={`/notes/${encodeURIComponent(note.id)}`}
        className="group block px-5 py-4 transition-colors hover:bg-surface-2 focus-visible:bg-surface-2"
      >
        <div className="flex items-baseline justify-between gap-3">
          <h2 dir="auto" className="min-w-0 truncate font-medium group-hover:text-accent">
            {note.title.trim() ? marked(note.title) : <span className="text-muted italic">Untitled</span>}
          </h2>
          <span className="shrink-0 text-xs text-muted tabular-nums">v{note.version}</span>
        </div>
        {/* User text is direction-isolated: an override in it cannot reorder what is around it. */}
        {note.excerpt && (
          <p dir="auto" className="mt-1 line-clamp-2 text-sm text-muted">
            {marked(note.excerpt)}
          </p>
        )}
        <p className="mt-2 text-xs text-muted">
          Saved by <bdi className="font-medium text-fg">{note.updatedBy}</bdi> · <RelativeTime iso={note.updatedAt} />
        </p>
      </Link>
    </li>
  );
}
