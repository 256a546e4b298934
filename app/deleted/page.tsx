import type { Metadata } from "next";
import { DeletedList } from "@/components/history/deleted-list";

export const metadata: Metadata = { title: "Recently deleted" };

export default function DeletedPage() {
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Recently deleted</h1>
        <p className="mt-1 text-sm text-muted">
          A deleted note keeps its history. Restore brings it back with the text of its last version, as a new version.
        </p>
      </div>
      <DeletedList />
    </div>
  );
}
