// Word-level changes shown by more than colour: added words are underlined (<ins>), removed ones struck
// through (<del>). Removed words are drawn from an attribute (see .diff-removed in globals.css), so the text
// of the page is exactly the newer version: a search for one of its phrases finds it. Screen readers hear
// "[added: …]" and "[removed: …]" from generated content.
import { Fragment, useMemo } from "react";
import { collapseUnchanged, readableDiff, type DiffViewPart } from "@/lib/client/diff-view";

function Removed({ text, block = false }: { text: string; block?: boolean }) {
  return (
    <del className={`diff-del${block ? " block" : ""}`}>
      <span className="diff-removed" data-text={text} />
    </del>
  );
}

export function DiffParts({ parts }: { parts: readonly DiffViewPart[] }) {
  return (
    <>
      {parts.map((part, index) => {
        if (part.kind === "replaced") {
          return (
            <span key={index} className="block space-y-1.5">
              <Removed text={part.before} block />
              <ins className="diff-add block">{part.after}</ins>
            </span>
          );
        }
        if (part.kind === "added") {
          return (
            <ins key={index} className="diff-add">
              {part.text}
            </ins>
          );
        }
        if (part.kind === "removed") return <Removed key={index} text={part.text} />;
        if (part.kind === "gap") {
          return (
            <span key={index} className="mx-1 rounded bg-surface-2 px-1.5 text-xs text-muted" title={`${part.hidden} unchanged characters`}>
              … unchanged …
            </span>
          );
        }
        return <Fragment key={index}>{part.text}</Fragment>;
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
