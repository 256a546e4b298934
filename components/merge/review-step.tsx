"use client";
// The last step of the merge dialog: what my text becomes, and the whole result, editable by hand.
import { useId, type RefObject } from "react";
import { plainText } from "@/lib/client/drafts";
import type { EditMerge, MergeSession } from "@/lib/client/merge-session";
import type { NoteText } from "@/lib/client/types";
import { sizeProblem } from "@/lib/client/size-limit";
import { Button } from "../ui/button";
import { CopyButton } from "../ui/copy-button";
import { MergeReview } from "./merge-review";

type Update = (change: (session: EditMerge) => MergeSession) => void;

export function ReviewStep({
  heading,
  hasConflicts,
  mine,
  result,
  shown,
  handEdited,
  staleHandEdit,
  latestAuthor,
  headingRef,
  update,
}: {
  heading: string;
  hasConflicts: boolean;
  mine: NoteText;
  /** The merge with every choice applied, or the current hand edit. */
  result: NoteText | null;
  /** What the fields show: the hand edit when there is a current one, else the result. */
  shown: NoteText | null;
  handEdited: boolean;
  /** A hand edit made against an older version: not used, but offered to copy. */
  staleHandEdit: NoteText | null;
  latestAuthor: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  update: Update;
}) {
  return (
    <div className="space-y-4">
      <h3 ref={headingRef} tabIndex={-1} className="font-semibold">
        {heading}
      </h3>
      {result && (
        <details open={!hasConflicts} className="rounded-xl border border-line p-3">
          <summary className="cursor-pointer text-sm font-medium">
            Review what changed in your text <span className="font-normal text-muted">(underlined: added, struck: removed)</span>
          </summary>
          <div className="mt-3">
            <MergeReview mine={mine} result={result} />
          </div>
        </details>
      )}
      {staleHandEdit && (
        <div className="space-y-2 rounded-xl border border-warn/40 bg-warn-soft p-3 text-sm">
          <p>
            You had edited the result by hand before {latestAuthor} saved again. It would undo their newest change, so
            it is not used. Copy what you need from it:
          </p>
          <div className="flex flex-wrap gap-2">
            <CopyButton text={plainText(staleHandEdit)} label="Copy my hand edit" />
            <Button size="sm" onClick={() => update((s) => ({ ...s, wholeEdit: null }))}>
              Discard it
            </Button>
          </div>
        </div>
      )}
      {shown && <WholeResultFields shown={shown} handEdited={handEdited} update={update} />}
    </div>
  );
}

/** The merged title and text as they will be saved; typing in them makes a hand edit of the whole. */
function WholeResultFields({ shown, handEdited, update }: { shown: NoteText; handEdited: boolean; update: Update }) {
  const titleId = useId();
  const bodyId = useId();
  const problemId = useId();
  // Said in words rather than cut off: a maxlength would drop the end of a pasted title without a sign.
  const problem = sizeProblem(shown);
  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">This is what will be saved. You can still change it{handEdited ? " (you have)" : ""}.</p>
      <div>
        <label htmlFor={titleId} className="mb-1 block text-sm font-medium">
          Merged title
        </label>
        <input
          id={titleId}
          dir="auto"
          value={shown.title}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          onChange={(event) =>
            update((s) => ({ ...s, wholeEdit: { title: event.target.value, body: shown.body, against: s.theirs.etag } }))
          }
          className="w-full rounded-xl border border-line-strong bg-surface px-3 py-2 font-medium"
        />
      </div>
      <div>
        <label htmlFor={bodyId} className="mb-1 block text-sm font-medium">
          Merged text
        </label>
        <textarea
          id={bodyId}
          dir="auto"
          value={shown.body}
          onChange={(event) =>
            update((s) => ({ ...s, wholeEdit: { title: shown.title, body: event.target.value, against: s.theirs.etag } }))
          }
          rows={12}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          className="w-full rounded-xl border border-line-strong bg-surface px-3 py-2 text-[0.95rem] leading-relaxed"
        />
      </div>
      {problem && (
        <p id={problemId} role="alert" className="text-sm text-danger">
          {problem}
        </p>
      )}
    </div>
  );
}
