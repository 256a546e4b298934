"use client";
// Everything the merge dialog shows, derived from what is stored: the session (redone against a newer version
// the watcher saw), the three texts, the merge view, and everyone who saved since my version. Nothing here is
// copied into component state, so nothing can fall out of step with the draft.
import { useQueries, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { baseText, type Draft } from "@/lib/client/drafts";
import { updateDraft } from "@/lib/client/draft-store";
import { buildMergeView, rebaseEditMerge, type EditMerge, type MergeSession } from "@/lib/client/merge-session";
import { blameConflicts, type BlameVersion } from "@/lib/client/blame";
import { completeChanges, hasMissingChanges } from "@/lib/client/merge-wording";
import { nameSavers, ownSavesOf } from "@/lib/client/own-saves";
import { historyUpToOptions, revisionOptions } from "@/lib/client/queries";
import type { NoteText, NoteWithEtag } from "@/lib/client/types";
import type { EditorIdentity } from "../editor/identity";

export type EditMergeSource = {
  noteId: string;
  draft: Draft;
  stored: EditMerge;
  /** The note as the last check of the server showed it: if it is newer, the merge is redone against it. */
  latest: NoteWithEtag | undefined;
  identity: EditorIdentity;
};

export function useEditMerge({ noteId, draft, stored, latest, identity }: EditMergeSource) {
  const session = useMemo(() => (latest ? rebaseEditMerge(stored, latest) : stored), [stored, latest]);

  // The base: kept with the draft, or read from the note's history when the draft could not keep it.
  const known = baseText(draft, undefined);
  const revision = useQuery({ ...revisionOptions(noteId, draft.base.version), enabled: !known });
  const baseTitle = known?.title ?? revision.data?.title;
  const baseBody = known?.body ?? revision.data?.body;
  const mine = useMemo<NoteText>(() => ({ title: draft.title, body: draft.body }), [draft.title, draft.body]);
  const { theirs, choices } = session;
  const view = useMemo(
    () =>
      baseTitle === undefined || baseBody === undefined
        ? null
        : buildMergeView({ theirs, choices }, { title: baseTitle, body: baseBody }, mine),
    [theirs, choices, baseTitle, baseBody, mine],
  );

  // A save the watcher did not see by itself (it saw only a newer one) is read from the history, so that the
  // dialog names everyone who saved since my version.
  const theirsVersion = theirs.note.version;
  const missing = hasMissingChanges(session.changes, draft.base.version, theirsVersion);
  const history = useQuery({ ...historyUpToOptions(noteId, theirsVersion), enabled: missing });
  const changes = useMemo(
    () => (missing ? completeChanges(session.changes, history.data, draft.base.version, theirsVersion) : session.changes),
    [missing, session.changes, history.data, draft.base.version, theirsVersion],
  );

  // Every save named as the dialog names it: another tab of this browser is "your other tab".
  const named = useMemo(
    () => nameSavers(changes, ownSavesOf(noteId), identity),
    [changes, noteId, identity],
  );

  // Who changed each conflict's part: only worth asking when more than one person saved. The versions between
  // the base and theirs come from the note's history (immutable, so each is fetched once).
  const people = new Set(named.map((change) => change.author)).size;
  const needBlame = !!view && view.conflicts.length > 0 && people > 1;
  const between = needBlame
    ? Array.from({ length: Math.max(0, theirsVersion - draft.base.version - 1) }, (_, i) => draft.base.version + 1 + i)
    : [];
  const versions = useQueries({
    queries: between.map((version) => revisionOptions(noteId, version)),
    combine: (results) => (results.every((result) => result.data) ? results.map((result) => result.data!) : null),
  });
  const blame = useMemo(() => {
    if (!needBlame || !view || !versions || baseTitle === undefined || baseBody === undefined) return {};
    const nameOf = (version: number, author: string) => named.find((change) => change.version === version)?.author ?? author;
    const asEditor = (text: string) => text.replace(/\r\n?/g, "\n");
    const chain: BlameVersion[] = [
      ...versions.map((revision) => ({
        version: revision.version,
        who: nameOf(revision.version, revision.author),
        title: asEditor(revision.title),
        body: asEditor(revision.body),
      })),
      { version: theirsVersion, who: nameOf(theirsVersion, theirs.note.updatedBy), title: asEditor(theirs.note.title), body: asEditor(theirs.note.body) },
    ];
    return blameConflicts({ title: asEditor(baseTitle), body: asEditor(baseBody) }, chain, view.conflicts);
  }, [needBlame, view, versions, baseTitle, baseBody, named, theirsVersion, theirs]);

  /** Changes the stored session, starting from what the dialog shows (redone against the newest version). */
  function update(change: (session: EditMerge) => MergeSession) {
    updateDraft(identity.sessionId, noteId, (current) => {
      if (!current || current.merge?.kind !== "edit") return current;
      const fresh = latest ? rebaseEditMerge(current.merge, latest) : current.merge;
      return { ...current, merge: change(fresh) };
    });
  }

  return { session, changes: named, mine, view, revision, blame, update };
}
