// The shapes the notes API sends, checked once where they enter the browser so the rest of the UI can trust them.
import { z } from "zod";

export const noteSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Note = z.infer<typeof noteSchema>;

export const noteSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  excerpt: z.string(),
});
export type NoteSummary = z.infer<typeof noteSummarySchema>;

export const noteListSchema = z.object({ notes: z.array(noteSummarySchema) });

/** One save someone made: who made which version when. */
export const changeSchema = z.object({ version: z.number().int(), author: z.string(), createdAt: z.string() });
export type Change = z.infer<typeof changeSchema>;

export const revisionSummarySchema = changeSchema.extend({ title: z.string() });
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;
export const revisionListSchema = z.object({ revisions: z.array(revisionSummarySchema) });

export const revisionSchema = changeSchema.extend({ title: z.string(), body: z.string() });
export type Revision = z.infer<typeof revisionSchema>;

/** A note together with the entity tag that names exactly this representation. The tag is opaque. */
export type NoteWithEtag = { note: Note; etag: string };

/** The text a person edits. Title and body are merged separately. */
export type NoteText = { title: string; body: string };

/** RFC 9457 problem details, with the members this API adds. Unknown members are kept. */
export const problemSchema = z
  .object({
    type: z.string().optional(),
    title: z.string().optional(),
    status: z.number().optional(),
    detail: z.string().optional(),
    instance: z.string().optional(),
  })
  .loose();
export type Problem = z.infer<typeof problemSchema>;

export const preconditionFailedSchema = z
  .object({
    currentEtag: z.string().nullish(),
    current: noteSchema.nullish(),
    changes: z.array(changeSchema).nullish(),
  })
  .loose();

export const goneSchema = z.object({ deletedAt: z.string().nullish(), deletedBy: z.string().nullish() }).loose();
