"use client";
import { useRouter } from "next/navigation";
import { describeError } from "@/lib/client/errors";
import { useCreateNote } from "@/lib/client/mutations";
import { Button } from "../ui/button";

const SAMPLE = {
  title: "Team offsite plan",
  body: [
    "We meet on Thursday at nine in the large room on the third floor.",
    "Lunch is at half past twelve; vegetarian options are ordered.",
    "",
    "Agenda:",
    "- Review of the last quarter",
    "- Roadmap for the next two releases",
    "- Open questions from the support team",
    "",
    "Bring a laptop and sixty-three ideas.",
    "",
  ].join("\n"),
};

export function StartDemoButton() {
  const router = useRouter();
  const create = useCreateNote();
  return (
    <div>
      <Button
        variant="primary"
        disabled={create.isPending}
        onClick={async () => {
          const created = await create.mutateAsync({ text: SAMPLE, editor: "Alice" }).catch(() => null);
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
