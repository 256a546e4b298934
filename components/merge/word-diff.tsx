// Word-level changes shown by more than colour: added words are underlined (<ins>), removed ones struck
// through (<del>).
//
// Two ways to mark them. Inline (the default): screen readers hear "[added: …]" / "[removed: …]" from hidden
// text, and the removed words are text of the page. Searchable (the merge dialog's sides and review): the text
// of the page is exactly the newer version, so find-in-page finds its phrases ("sixty-five ideas", not
// "sixty-threefive ideas"); removed words are drawn from an attribute and the labels are generated content,
// which screen readers still hear (see .diff-searchable in globals.css).
import { Fragment, useMemo } from "react";
import { collapseUnchanged, readableDiff, type DiffViewPart } from "@/lib/client/diff-view";

function Label({ text }: { text: string }) {
  return <span className="sr-only">{text}</span>;
}

function Added({ text, block = false, searchable }: { text: string; block?: boolean; searchable: boolean }) {
  return (
    <ins className={`diff-add${block ? " block" : ""}`}>
      {!searchable && <Label text="[added: " />}
      {text}
      {!searchable && <Label text="]" />}
    </ins>
  );
}

function Removed({ text, block = false, searchable }: { text: string; block?: boolean; searchable: boolean }) {
  return (
    <del className={`diff-del${block ? " block" : ""}`}>
      {searchable ? (
        <span className="diff-removed" data-text={text} />
      ) : (
        <>
          <Label text="[removed: " />
          {text}
          <Label text="]" />
        </>
      )}
    </del>
  );
}

export function DiffParts({ parts, searchable = false }: { parts: readonly DiffViewPart[]; searchable?: boolean }) {
  return (
    <>
      {parts.map((part, index) => {
        if (part.kind === "replaced") {
          return (
            <span key={index} className="block space-y-1.5">
              <Removed text={part.before} block searchable={searchable} />
              <Added text={part.after} block searchable={searchable} />
            </span>
          );
        }
        if (part.kind === "added") return <Added key={index} text={part.text} searchable={searchable} />;
        if (part.kind === "removed") return <Removed key={index} text={part.text} searchable={searchable} />;
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
  searchable = false,
}: {
  before: string;
  after: string;
  collapse?: boolean;
  className?: string;
  dir?: "auto";
  /** The page's text is the newer version alone, so a search finds its phrases (see the top of this file). */
  searchable?: boolean;
}) {
  const parts = useMemo(() => {
    const diff = readableDiff(before, after);
    return collapse ? collapseUnchanged(diff) : diff;
  }, [before, after, collapse]);
  return (
    <div dir={dir} className={`break-words whitespace-pre-wrap ${searchable ? "diff-searchable " : ""}${className}`}>
      <DiffParts parts={parts} searchable={searchable} />
    </div>
  );
}
