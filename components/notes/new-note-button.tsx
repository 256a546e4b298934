"use client";
import { useRouter } from "next/navigation";
import { newNoteHref, newNoteId } from "@/lib/client/note-id";
import { Button } from "../ui/button";

/**
 * Opens a new note under an id made up here. Nothing reaches the server until the first save creates it, so
 * opening a new note and leaving it empty leaves nothing in anyone's list.
 */
export function NewNoteButton({ label = "New note" }: { label?: string }) {
  const router = useRouter();
  return (
    <Button variant="primary" onClick={() => router.push(newNoteHref(newNoteId()))}>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M10 4v12M4 10h12" strokeLinecap="round" />
      </svg>
      {label}
    </Button>
  );
}
