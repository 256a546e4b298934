"use client";
// When something happened, both ways: the clock time (to tell two events apart) and how long ago.
import { atTime } from "@/lib/client/relative-time";
import { RelativeTime } from "../ui/relative-time";

export function Moment({ iso }: { iso: string }) {
  return (
    <>
      <span className="whitespace-nowrap" suppressHydrationWarning>
        {atTime(iso)}
      </span> (<RelativeTime iso={iso} />)
    </>
  );
}
