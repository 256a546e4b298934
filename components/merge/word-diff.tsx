// Word-level changes shown by more than colour: added words are underlined (<ins>), removed ones struck
// through (<del>), and screen readers hear "added" / "removed" around them.
import { useMemo } from "react";
import { collapseUnchanged, readableDiff, type DiffViewPart } from "@/lib/client/diff-view";

export function DiffParts({ parts }: { parts: readonly DiffViewPart[] }) {
  return (
    <>
      {parts.map((part, index) => {
        if (part.kind === "replaced") {
          return (
            <span key={index} className="block space-y-1.5">
              <del className="diff-del block">
                <span className="sr-only">[removed: </span>
                {part.before}
                <span className="sr-only">]</span>
              </del>
              <ins className="diff-add block">
                <span className="sr-only">[added: </span>
                {part.after}
                <span className="sr-only">]</span>
              </ins>
            </span>
          );
        }
        if (part.kind === "added") {
          return (
            <ins key={index} className="diff-add">
              <span className="sr-only">[added: </span>
              {part.text}
              <span className="sr-only">]</span>
            </ins>
          );
        }
        if (part.kind === "removed") {
          return (
            <del key={index} className="diff-del">
              <span className="sr-only">[removed: </span>
              {part.text}
              <span className="sr-only">]</span>
            </del>
          );
        }
        if (part.kind === "gap") {
          return (
            <span key={index} className="mx-1 rounded bg-surface-2 px-1.5 text-xs text-muted" title={`${part.hidden} unchanged characters`}>
              … unchanged …
            </span>
          );
        }
        return <span key={index}>{part.text}</span>;
      })}
    </>
  );
}

/** The change from `before` to `after`, word by word (or whole, when the two have little in common). */
export function WordDiff({
  before,
  after,
  collapse = false,
  className = "",
  dir,
}: {
  before: string;
  after: string;
  collapse?: boolean;
  className?: string;
  dir?: "auto";
}) {
  const parts = useMemo(() => {
    const diff = readableDiff(before, after);
    return collapse ? collapseUnchanged(diff) : diff;
  }, [before, after, collapse]);
  return (
    <div dir={dir} className={`break-words whitespace-pre-wrap ${className}`}>
      <DiffParts parts={parts} />
    </div>
  );
}
