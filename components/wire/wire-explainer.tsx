// What the headers in the wire view mean here, in a few sentences, each linked to its problem page.
import Link from "next/link";

const link = "text-accent underline underline-offset-2";

export function WireExplainer() {
  return (
    <aside aria-labelledby="wire-explainer-heading" className="space-y-2 rounded-2xl border border-line bg-surface p-4 text-sm leading-relaxed">
      <h3 id="wire-explainer-heading" className="font-semibold">
        What the headers say
      </h3>
      <p>
        <strong>ETag</strong> names one version of the note: <code>&quot;v3&quot;</code> is version 3. Every answer with a
        note carries it, and each pane remembers the one its draft started from.
      </p>
      <p>
        <strong>If-Match</strong> on a save means “only if the note is still that version”. The check and the write are one
        step on the server, so of two saves with the same If-Match exactly one can win.
      </p>
      <p>
        <strong>412 Precondition Failed</strong> is the other one: someone saved first. The answer holds the current note
        and who saved, and the pane opens its merge dialog from it.{" "}
        <Link href="/problems/precondition-failed" className={link}>
          About 412
        </Link>
      </p>
      <p>
        <strong>428 Precondition Required</strong> is a save sent without If-Match: refused, because it could overwrite a
        save its sender never saw.{" "}
        <Link href="/problems/precondition-required" className={link}>
          About 428
        </Link>
      </p>
      <p>
        <strong>If-None-Match: *</strong> creates a note only where none is (a new note, or a deleted one brought back).{" "}
        <Link href="/problems/gone" className={link}>
          About deleted notes (410)
        </Link>
      </p>
    </aside>
  );
}
