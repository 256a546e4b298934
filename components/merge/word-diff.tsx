// Word-level changes shown by more than colour: added words are underlined (<ins>), removed ones struck
// through (<del>), and screen readers hear "added" / "removed" around them.
import { useMemo } from "react";
import { collapseUnchanged, type DiffViewPart } from "@/lib/client/diff-view";
import { wordDiff } from "@/lib/merge";

export function DiffParts({ parts }: { parts: readonly DiffViewPart[] }) {
  return (
    <>
      {parts.map((part, index) => {
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

/** The change from `before` to `after`, word by word. */
export function WordDiff({
  before,
  after,
  collapse = false,
  className = "",
}: {
  before: string;
  after: string;
  collapse?: boolean;
  className?: string;
}) {
  const parts = useMemo(() => {
    const diff = wordDiff(before, after);
    return collapse ? collapseUnchanged(diff) : diff;
  }, [before, after, collapse]);
  return <div className={`break-words whitespace-pre-wrap ${className}`}><DiffParts parts={parts} /></div>;
}
