// A tab says which note it has open and whether it holds unsaved changes (POST, every ~10 s as a heartbeat),
// and that it closed the note (DELETE, sent with keepalive as the page goes away). Everyone on the note's
// event stream sees the change. Presence is kept in memory only and never touches the note's version or ETag.
import { z } from "zod";
import { otherMethods, route } from "@/lib/api/handler";
import { editorNameFrom } from "@/lib/api/editor-name";
import { goneResponse, notFoundResponse } from "@/lib/api/note-responses";
import { ProblemError } from "@/lib/api/problem";
import { assertContentHeaders, readJsonObject } from "@/lib/api/request-body";
import { assertSameOrigin } from "@/lib/api/same-origin";
import { presence } from "@/lib/events/note-presence";
import { EXPIRE_AFTER_MS, MAX_TABS_PER_NOTE } from "@/lib/events/presence";
import { tabHandle } from "@/lib/events/tab-handle";
import { isNoteId } from "@/lib/notes/note";
import { findNoteValidators } from "@/lib/notes/repository";

type Params = { id: string };

const TAB_ID = /^[A-Za-z0-9_-]{1,64}$/;
const report = z.strictObject({
  tabId: z.string().regex(TAB_ID, "must be 1 to 64 letters, digits, - or _"),
  state: z.enum(["viewing", "editing"], { error: 'must be "viewing" or "editing"' }),
});

function parseReport(value: Record<string, unknown>) {
  const result = report.safeParse(value);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({
    member: issue.code === "unrecognized_keys" ? issue.keys.join(", ") : issue.path.join("."),
    message: issue.code === "unrecognized_keys" ? "is not a member of a presence report" : issue.message,
  }));
  throw new ProblemError("invalid-body", errors.map((e) => `"${e.member}" ${e.message}`).join("; ") + ".", { errors });
}

export const POST = route<Params>(async (request, { id }) => {
  // 1. Parse: who, which tab, and its state.
  assertSameOrigin(request);
  if (!isNoteId(id)) return notFoundResponse(request);
  const name = editorNameFrom(request.headers);
  assertContentHeaders(request, ["application/json"]);
  const { tabId, state } = parseReport(await readJsonObject(request));

  // 2. Only a live note can be open.
  const note = await findNoteValidators(id);
  if (!note) return notFoundResponse(request);
  if (note.deletedAt) return goneResponse(request, note);

  // 3. Room for one more tab? Then record it; the store announces it when it changed.
  if (!presence.store.hasRoomFor(id, tabId)) {
    throw new ProblemError("too-many-tabs", `This note already shows ${MAX_TABS_PER_NOTE} open tabs; yours is not listed.`,
      { limit: MAX_TABS_PER_NOTE }, { "Retry-After": String(Math.ceil(EXPIRE_AFTER_MS / 1000)) });
  }
  presence.report({ noteId: id, tabId, handle: await tabHandle(tabId), name, state });
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});

export const DELETE = route<Params>(async (request, { id }) => {
  assertSameOrigin(request);
  if (!isNoteId(id)) return notFoundResponse(request);
  const tabId = new URL(request.url).searchParams.get("tabId") ?? "";
  if (!TAB_ID.test(tabId)) {
    throw new ProblemError("invalid-body", 'The query parameter "tabId" must name the tab that leaves (1 to 64 letters, digits, - or _).');
  }
  // Leaving always succeeds, even on a note deleted meanwhile: the tab is gone either way.
  presence.leave(id, tabId);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});

const other = otherMethods(["POST", "DELETE"]);
export const GET = other.notAllowed;
export const HEAD = other.notAllowed;
export const PUT = other.notAllowed;
export const PATCH = other.notAllowed;
export const OPTIONS = other.options;
