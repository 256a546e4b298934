"use client";
import { useRouter } from "next/navigation";
import { describeError } from "@/lib/client/errors";
import { useCreateNote } from "@/lib/client/mutations";
import { Button } from "../ui/button";
import { DEMO_NOTE } from "@/lib/notes/example-notes";


export function StartDemoButton() {
  const router = useRouter();
  const create = useCreateNote();
  return (
    <div>
      <Button
        variant="primary"
        disabled={create.isPending}
        onClick={async () => {
          const created = await create.mutateAsync({ text: DEMO_NOTE, editor: "Alice" }).catch(() => null);
          if (created) router.push(`/demo/${encodeURIComponent(created.note.id)}`);
        }}
      >
        {create.isPending ? "Creating…" : "Start with a fresh example note"}
      </Button>
      {create.error && (
        <p role="alert" className="mt-2 text-sm text-danger">
          {describeError(create.error)}
        </p>
      )}
    </div>
  );
}
