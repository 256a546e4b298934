"use client";
import { useRouter } from "next/navigation";
import { describeError } from "@/lib/client/errors";
import { useEditorName } from "@/lib/client/editor-name";
import { useCreateNote } from "@/lib/client/mutations";
import { Button } from "../ui/button";

/** Creates an empty note and opens it: the editor is the one place where text is written. */
export function NewNoteButton({ label = "New note" }: { label?: string }) {
  const router = useRouter();
  const name = useEditorName();
  const create = useCreateNote();
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant="primary"
        disabled={!name || create.isPending}
        onClick={async () => {
          if (!name) return;
          const created = await create.mutateAsync({ text: { title: "", body: "" }, editor: name }).catch(() => null);
          if (created) router.push(`/notes/${encodeURIComponent(created.note.id)}?new=1`);
        }}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M10 4v12M4 10h12" strokeLinecap="round" />
        </svg>
        {create.isPending ? "Creating…" : label}
      </Button>
      {create.error && (
        <p role="alert" className="text-sm text-danger">
          {describeError(create.error)}
        </p>
      )}
    </div>
  );
}
