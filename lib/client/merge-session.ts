// The state of the merge dialog as pure data and pure functions, so it can be stored with the draft (it
// survives a reload) and tested without a browser. The dialog renders what `buildMergeView` derives.
//
// The text to merge is never stored here: base and mine come from the draft, theirs is the note as the server
// last showed it. Choices are keyed by the engine's content-derived conflict keys, so after a re-merge against
// a newer version every choice made for a conflict that did not change still applies, and no other does.
import {
  conflictText,
  mergeTexts,
  type ConflictChoice,
  type ConflictChunk,
  type ConflictReason,
  type MergeChunk,
  type MergeResult,
} from "@/lib/merge";
import { unitAround } from "./conflict-unit";
import type { Change, NoteText, NoteWithEtag } from "./types";

export type Field = "title" | "body";

/**
 * A choice as the dialog stores it. A hand edit ("custom") holds the whole sentence the conflict sits in, with
 * the agreed text around the conflict it was written over (`lead`, `trail`): it replaces that whole unit, and
 * stops applying if that text changes. A hand edit without them (stored by an older version of the dialog)
 * replaces the conflict's own text only.
 */
export type SessionChoice =
  | Exclude<ConflictChoice, { kind: "custom" }>
  | { kind: "custom"; text: string; lead?: string; trail?: string };
export const FIELDS: readonly Field[] = ["title", "body"];

/** Someone saved again while the dialog was open (or the resolution's save met a further 412). */
export type Remerge = {
  fromVersion: number;
  toVersion: number;
  author: string;
  at: string;
  /** Conflict ids that had a choice just before the re-merge. */
  choicesBefore: string[];
};

/** Both edited: merge mine into theirs. */
export type EditMerge = {
  kind: "edit";
  open: boolean;
  /** The version the dialog merges against; saving the resolution sends its ETag as If-Match. */
  theirs: NoteWithEtag;
  /** Saves since the draft's base, oldest first. */
  changes: Change[];
  choices: Record<Field, Record<string, SessionChoice>>;
  /** The conflict shown (`field:key`); falls back to the first unresolved one. */
  currentId: string | null;
  step: "conflicts" | "review";
  showBase: boolean;
  /** The whole result edited by hand, against the version it was made from. */
  wholeEdit: (NoteText & { against: string }) | null;
  remerges: Remerge[];
  /** How many remerges the person has acknowledged; a notice shows while this is behind. */
  remergesSeen: number;
};

/** They deleted the note I was editing. */
export type DeletedMerge = { kind: "deleted"; open: boolean; deletedBy: string | null; deletedAt: string | null };

/** I deleted the note they edited. */
export type DeleteConflict = { kind: "delete-conflict"; open: boolean; theirs: NoteWithEtag; changes: Change[] };

export type MergeSession = EditMerge | DeletedMerge | DeleteConflict;

/** The save that made this version. */
export function changeOf(latest: NoteWithEtag): Change {
  return { version: latest.note.version, author: latest.note.updatedBy, createdAt: latest.note.updatedAt };
}

/** The union of two change lists, oldest first, one entry per version. */
export function mergeChanges(a: readonly Change[], b: readonly Change[]): Change[] {
  const byVersion = new Map<number, Change>();
  for (const change of [...a, ...b]) byVersion.set(change.version, change);
  return [...byVersion.values()].sort((x, y) => x.version - y.version);
}

function chosenIds(session: EditMerge): string[] {
  return FIELDS.flatMap((field) => Object.keys(session.choices[field]).map((key) => `${field}:${key}`));
}

/**
 * The dialog merges against `latest` from now on, if it is newer than what it merged against so far.
 * Choices are kept as they are: the ones whose conflict still exists apply again.
 */
export function rebaseEditMerge(session: EditMerge, latest: NoteWithEtag, changes: readonly Change[] = []): EditMerge {
  if (latest.note.version <= session.theirs.note.version || latest.etag === session.theirs.etag) return session;
  return {
    ...session,
    theirs: latest,
    changes: mergeChanges(session.changes, [...changes, changeOf(latest)]),
    // Show the first conflict that needs a choice now, not the one that was on screen (likely decided).
    currentId: null,
    step: "conflicts",
    remerges: [
      ...session.remerges,
      {
        fromVersion: session.theirs.note.version,
        toVersion: latest.note.version,
        author: latest.note.updatedBy,
        at: latest.note.updatedAt,
        choicesBefore: chosenIds(session),
      },
    ],
  };
}

/** A save met a 412: open the dialog against the current note, or redo an open merge against it. */
export function startEditMerge(
  current: NoteWithEtag,
  changes: readonly Change[],
  previous: MergeSession | null,
): EditMerge {
  if (previous?.kind === "edit") return { ...rebaseEditMerge(previous, current, changes), open: true };
  return {
    kind: "edit",
    open: true,
    theirs: current,
    changes: mergeChanges([], changes.length ? changes : [changeOf(current)]),
    choices: { title: {}, body: {} },
    currentId: null,
    step: "conflicts",
    showBase: false,
    wholeEdit: null,
    remerges: [],
    remergesSeen: 0,
  };
}

export function startDeleteConflict(current: NoteWithEtag, changes: readonly Change[]): DeleteConflict {
  return {
    kind: "delete-conflict",
    open: true,
    theirs: current,
    changes: mergeChanges([], changes.length ? changes : [changeOf(current)]),
  };
}

export function startDeleted(deletedBy: string | null, deletedAt: string | null): DeletedMerge {
  return { kind: "deleted", open: true, deletedBy, deletedAt };
}

export type ConflictView = {
  /** `field:key`, unique in the view. */
  id: string;
  field: Field;
  key: string;
  /** 1-based position among all conflicts (title first). */
  ordinal: number;
  base: string;
  mine: string;
  theirs: string;
  reason: ConflictReason;
  /** What "keep both" puts between the versions: a line break when the conflict is whole lines. */
  separator: string;
  /** Unchanged text just before and after, for context. */
  before: string;
  after: string;
  /** Agreed text of the same sentence (or line) just before and after the conflict: see conflict-unit.ts. */
  lead: string;
  trail: string;
  /** Where the conflict's base text is in the base (UTF-16 offsets), for blaming it on a save. */
  baseStart: number;
  baseEnd: number;
  choice: SessionChoice | undefined;
  /** A hand edit that no longer applies (the sentence around it changed): offered again, not used. */
  staleText: string | null;
  /** The whole sentence (lead, the chosen text, trail) with its choice, or null while it has none. */
  result: string | null;
};

export type MergeView = {
  fields: Record<Field, MergeResult>;
  conflicts: ConflictView[];
  /** Conflicts still without a choice. */
  left: number;
  /** The merged text with every choice applied; null while a conflict is left. */
  resolved: NoteText | null;
  /** Whether their version changed anything the merge keeps (false when only I changed things). */
  theirsContributed: boolean;
  /** Places where only their side changed the text, merged by themselves (outside every conflict). */
  autoMerged: number;
  /** Places where both sides made exactly the same change. */
  sameEdits: number;
  /** Mine and theirs are the same text: we both made the same change(s). */
  identical: boolean;
  /** The merged text is exactly theirs: my changes are already in the saved version. */
  sameAsTheirs: boolean;
};

const CONTEXT = 160;

/** The end of the text before a conflict: its last non-blank line (or the last words of a long line). */
function tail(text: string): string {
  const trimmed = text.replace(/\s+$/, "");
  const line = trimmed.slice(trimmed.lastIndexOf("\n") + 1);
  const shown = line.length <= CONTEXT ? line : "…" + line.slice(line.length - CONTEXT).replace(/^\S*\s/, "");
  // Keep the break (or space) that separates it from the conflict.
  return shown ? shown + text.slice(trimmed.length).replace(/\n+/, "\n") : "";
}

/** The start of the text after a conflict: its first non-blank line (or the first words of a long line). */
function head(text: string): string {
  const start = text.match(/^\s*/)?.[0] ?? "";
  const rest = text.slice(start.length);
  const newline = rest.indexOf("\n");
  const line = newline === -1 ? rest : rest.slice(0, newline);
  const shown = line.length <= CONTEXT ? line : line.slice(0, CONTEXT).replace(/\s\S*$/, "") + "…";
  return shown ? start.replace(/\n+/, "\n") + shown : "";
}

/** The agreed text between the conflict at `index` and its neighbours, in one direction. */
function stableText(chunks: readonly MergeChunk[], index: number, step: -1 | 1): string {
  const parts: string[] = [];
  for (let i = index + step; i >= 0 && i < chunks.length; i += step) {
    const chunk = chunks[i]!;
    if (chunk.kind !== "stable") break;
    parts.push(chunk.text);
  }
  return (step === -1 ? parts.reverse() : parts).join("");
}

/**
 * A textarea hands back every line break as LF (HTML's value normalisation), so a note saved with CRLF through
 * the API would look as if "mine" had converted every line. The three texts are compared the way the editor
 * sees them.
 */
function asEditorText(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** The agreed text between conflicts: runs[i] is before the i-th conflict chunk, runs[n] after the last. */
function stableRuns(chunks: readonly MergeChunk[]): string[] {
  const runs = [""];
  for (const chunk of chunks) {
    if (chunk.kind === "stable") runs[runs.length - 1] += chunk.text;
    else runs.push("");
  }
  return runs;
}

type Unit = { lead: string; trail: string };

/** Each conflict chunk's sentence around it; two conflicts never claim the same agreed text. */
function unitsOf(chunks: readonly MergeChunk[], runs: readonly string[]): Unit[] {
  const conflicts = chunks.filter((chunk): chunk is ConflictChunk => chunk.kind === "conflict");
  const units = conflicts.map((chunk, i) =>
    unitAround(runs[i]!, [chunk.mine, chunk.theirs, chunk.base], runs[i + 1]!, chunk.separator.includes("\n")),
  );
  for (let i = 1; i < units.length; i++) {
    const run = runs[i]!;
    if (units[i - 1]!.trail.length + units[i]!.lead.length > run.length) {
      // One sentence holds two conflicts: each is edited on its own words only.
      units[i - 1] = { ...units[i - 1]!, trail: "" };
      units[i] = { ...units[i]!, lead: "" };
    }
  }
  return units;
}

/** Whether a stored choice applies to this conflict as it is now (a hand edit: the same sentence around it). */
function applies(choice: SessionChoice | undefined, unit: Unit): boolean {
  if (!isWholeUnit(choice)) return !!choice;
  return choice.lead === unit.lead && choice.trail === unit.trail;
}

/** Whether a choice is a hand edit of the whole sentence (it then replaces lead, conflict and trail). */
function isWholeUnit(choice: SessionChoice | undefined): choice is Extract<SessionChoice, { kind: "custom" }> {
  return choice?.kind === "custom" && choice.lead !== undefined;
}

/** The text a choice gives for the conflict's own part (a whole-sentence hand edit: the whole sentence). */
function chunkText(chunk: ConflictChunk, choice: SessionChoice): string {
  return choice.kind === "custom" ? choice.text : conflictText(chunk, choice);
}

/** The merged text of one field, or null while a conflict is left (or its hand edit no longer applies). */
function resolveField(
  chunks: readonly MergeChunk[],
  runs: readonly string[],
  units: readonly Unit[],
  choices: Readonly<Record<string, SessionChoice>>,
): string | null {
  const conflicts = chunks.filter((chunk): chunk is ConflictChunk => chunk.kind === "conflict");
  const whole = conflicts.map((chunk) => isWholeUnit(choices[chunk.key]));
  const parts: string[] = [];
  for (let i = 0; i <= conflicts.length; i++) {
    let run = runs[i]!;
    if (i > 0 && whole[i - 1]) run = run.slice(units[i - 1]!.trail.length);
    if (i < conflicts.length && whole[i]) run = run.slice(0, run.length - units[i]!.lead.length);
    parts.push(run);
    if (i === conflicts.length) break;
    const chunk = conflicts[i]!;
    const choice = choices[chunk.key];
    if (!choice || !applies(choice, units[i]!)) return null;
    parts.push(chunkText(chunk, choice));
  }
  return parts.join("");
}

/** Everything the dialog shows, derived from the session's choices and the three texts. */
export function buildMergeView(
  session: Pick<EditMerge, "theirs" | "choices">,
  base: NoteText,
  mine: NoteText,
): MergeView {
  const theirs: NoteText = { title: session.theirs.note.title, body: session.theirs.note.body };
  const texts = {
    base: { title: asEditorText(base.title), body: asEditorText(base.body) },
    mine: { title: asEditorText(mine.title), body: asEditorText(mine.body) },
    theirs: { title: asEditorText(theirs.title), body: asEditorText(theirs.body) },
  };
  const fields = {
    title: mergeTexts(texts.base.title, texts.mine.title, texts.theirs.title),
    body: mergeTexts(texts.base.body, texts.mine.body, texts.theirs.body),
  };
  const conflicts: ConflictView[] = [];
  const seen = new Set<string>();
  const resolvedFields: Record<Field, string | null> = { title: null, body: null };
  for (const field of FIELDS) {
    const { chunks } = fields[field];
    const runs = stableRuns(chunks);
    const units = unitsOf(chunks, runs);
    const choices = session.choices[field];
    resolvedFields[field] = resolveField(chunks, runs, units, choices);
    let baseOffset = 0;
    let ordinal = 0;
    chunks.forEach((chunk, index) => {
      const baseStart = baseOffset;
      baseOffset += chunk.base.length;
      if (chunk.kind !== "conflict") return;
      const unit = units[ordinal++]!;
      const id = `${field}:${chunk.key}`;
      // The same three texts at two places are one decision: the engine resolves both with one choice.
      if (seen.has(id)) return;
      seen.add(id);
      const stored = choices[chunk.key];
      const choice = applies(stored, unit) ? stored : undefined;
      conflicts.push({
        id,
        field,
        key: chunk.key,
        ordinal: conflicts.length + 1,
        base: chunk.base,
        mine: chunk.mine,
        theirs: chunk.theirs,
        reason: chunk.reason,
        separator: chunk.separator,
        before: tail(stableText(chunks, index, -1)),
        after: head(stableText(chunks, index, 1)),
        lead: unit.lead,
        trail: unit.trail,
        baseStart,
        baseEnd: baseStart + chunk.base.length,
        choice,
        staleText: stored?.kind === "custom" && !choice ? stored.text : null,
        result: !choice ? null : isWholeUnit(choice) ? choice.text : unit.lead + chunkText(chunk, choice) + unit.trail,
      });
    });
  }
  const { title, body } = resolvedFields;
  const resolved = title !== null && body !== null ? { title, body } : null;
  const changed = (by: "theirs" | "both") =>
    FIELDS.reduce((sum, field) => sum + fields[field].chunks.filter((c) => c.kind === "stable" && c.changedBy === by).length, 0);
  const autoMerged = changed("theirs");
  return {
    fields,
    conflicts,
    left: conflicts.filter((conflict) => !conflict.choice).length,
    resolved,
    theirsContributed: conflicts.length > 0 || autoMerged > 0,
    autoMerged,
    sameEdits: changed("both"),
    identical: texts.mine.title === texts.theirs.title && texts.mine.body === texts.theirs.body,
    sameAsTheirs: resolved !== null && resolved.title === theirs.title && resolved.body === theirs.body,
  };
}

/** The conflict on screen: the remembered one if it still exists, else the first without a choice. */
export function currentConflict(session: EditMerge, view: MergeView): ConflictView | null {
  return (
    view.conflicts.find((conflict) => conflict.id === session.currentId) ??
    view.conflicts.find((conflict) => !conflict.choice) ??
    view.conflicts[0] ??
    null
  );
}

/** The conflict `delta` places from the current one (clamped), for next / previous. */
export function stepConflict(session: EditMerge, view: MergeView, delta: number): EditMerge {
  const current = currentConflict(session, view);
  if (!current) return session;
  const index = view.conflicts.indexOf(current) + delta;
  const target = view.conflicts[Math.max(0, Math.min(view.conflicts.length - 1, index))];
  return target ? { ...session, currentId: target.id } : session;
}

/** The next conflict without a choice after `id`, wrapping around; null when all have one. */
export function nextUnresolved(view: MergeView, id: string): ConflictView | null {
  const start = view.conflicts.findIndex((conflict) => conflict.id === id);
  const ordered = [...view.conflicts.slice(start + 1), ...view.conflicts.slice(0, Math.max(0, start))];
  return ordered.find((conflict) => !conflict.choice) ?? null;
}

export function choose(session: EditMerge, conflict: Pick<ConflictView, "id" | "field" | "key">, choice: SessionChoice | undefined): EditMerge {
  const fieldChoices = { ...session.choices[conflict.field] };
  if (choice) fieldChoices[conflict.key] = choice;
  else delete fieldChoices[conflict.key];
  return { ...session, currentId: conflict.id, choices: { ...session.choices, [conflict.field]: fieldChoices } };
}

/** Whether a hand edit of the whole result was made against the version the dialog merges against now. */
export function wholeEditIsCurrent(session: EditMerge): boolean {
  return session.wholeEdit !== null && session.wholeEdit.against === session.theirs.etag;
}

/** What saving the resolution would send: the hand-edited whole if it is current, else the merged text. */
export function resolution(session: EditMerge, view: MergeView): NoteText | null {
  if (session.wholeEdit && wholeEditIsCurrent(session)) {
    return { title: session.wholeEdit.title, body: session.wholeEdit.body };
  }
  return view.resolved;
}

export type RemergeNotice = Remerge & { kept: number; needChoice: number };

/** What to say about the latest re-merge the person has not acknowledged yet. */
export function remergeNotice(session: EditMerge, view: MergeView): RemergeNotice | null {
  if (session.remerges.length <= session.remergesSeen) return null;
  const last = session.remerges[session.remerges.length - 1];
  if (!last) return null;
  const before = new Set(last.choicesBefore);
  const kept = view.conflicts.filter((conflict) => conflict.choice && before.has(conflict.id)).length;
  return { ...last, kept, needChoice: view.left };
}

/** "Bob", "Bob and Carol", "Bob, Carol and Dan": the distinct people behind some saves, in order. */
export function peopleOf(changes: readonly Change[], fallback = "someone"): string {
  const names = [...new Set(changes.map((change) => change.author))];
  if (names.length === 0) return fallback;
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** "Bob's edit", "Bob's edits", "Bob and Carol's edits". */
export function editsOf(changes: readonly Change[]): string {
  return `${peopleOf(changes)}'s ${changes.length > 1 ? "edits" : "edit"}`;
}
