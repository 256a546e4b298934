import type { Change } from "@/lib/client/types";
import { sentence } from "@/lib/client/merge-wording";
import { relativeTime } from "@/lib/client/relative-time";
import { RelativeTime, useNow } from "../ui/relative-time";

/** Who saved since your version, and when: the first question after a collision. */
export function ChangesList({ changes, baseVersion }: { changes: readonly Change[]; baseVersion: number }) {
  const now = useNow();
  if (!changes.length) return null;
  return (
    <div className="text-sm">
      <p className="text-muted">
        {baseVersion === 0 ? "Saved since you started this note:" : `Saved since you started from version ${baseVersion}:`}
      </p>
      <ul className="mt-1 flex flex-wrap gap-1.5">
        {changes.map((change) => (
          <li
            key={change.version}
            className="inline-flex items-center gap-1.5 rounded-full border border-line bg-theirs-soft px-2.5 py-0.5 text-xs"
          >
            {/* Read as one phrase, "Hana, version 2, just now"; the chip shows the short forms. */}
            <span className="sr-only">
              {sentence(change.author)}, version {change.version}, {relativeTime(change.createdAt, now)}
            </span>
            <bdi aria-hidden="true" className="font-semibold text-theirs">
              {sentence(change.author)}
            </bdi>
            <span aria-hidden="true" className="text-fg">
              v{change.version}
            </span>
            <span aria-hidden="true" className="text-muted">
              ·
            </span>
            <span aria-hidden="true">
              <RelativeTime iso={change.createdAt} className="text-fg" />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
