"use client";
import Link from "next/link";
import { Button } from "@/components/ui/button";

/** An unexpected failure while rendering a page. Drafts live in the browser's storage, so none is lost here. */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section role="alert" className="mx-auto max-w-xl rounded-2xl border border-line bg-surface p-8 text-center shadow-card">
      <h1 className="text-xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-muted">
        The page could not be shown. Anything you typed is still kept in this browser and comes back when the note opens.
      </p>
      <div className="mt-4 flex justify-center gap-2">
        <Button variant="primary" onClick={reset}>
          Try again
        </Button>
        <Link href="/" className="inline-flex h-10 items-center rounded-lg px-4 text-accent underline underline-offset-2">
          All notes
        </Link>
      </div>
    </section>
  );
}
