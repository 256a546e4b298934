// A note's history as a person uses it: read a version and what it changed, restore an old one (also over a
// save they have not seen, which is a collision like any other), and bring back a deleted note.
import { editorOf, expect, test } from "./fixtures";

test("a version can be read with its changes from the one before and from the current one", async ({ page, makeNote, api }) => {
  const note = await makeNote({ title: "Budget", body: "We spend sixty-three euros on lunch.\n" });
  await api.save(note.id, { body: "We spend seventy euros on lunch and coffee.\n" }, "Bob");
  await page.goto(`/notes/${note.id}`);
  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("heading", { name: "History of Budget" })).toBeVisible();

  const versions = page.getByRole("navigation", { name: "Saved versions" }).getByRole("button");
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText("Version 2");
  await expect(versions.first()).toContainText("by Bob");
  await expect(versions.nth(1)).toContainText("by Setup");

  // The newest version opens first: what Bob changed, word by word, readable without colour.
  await expect(page.getByRole("heading", { name: /^Version 2/ })).toBeVisible();
  const changes = page.getByRole("region", { name: "What version 2 changed from version 1" });
  await expect(changes.getByRole("deletion")).toContainText("sixty-three");
  await expect(changes.getByRole("insertion").first()).toContainText("seventy");
  await expect(changes).toContainText("[added:");
  await expect(page.getByRole("button", { name: "Restore this version" })).toBeDisabled();

  await versions.nth(1).click();
  await expect(page).toHaveURL(/\?version=1$/);
  await expect(page.getByRole("region", { name: "The first version" })).toBeVisible();
  const againstCurrent = page.getByRole("region", { name: /^From the current version \(2\) to this one/ });
  await expect(againstCurrent.getByRole("insertion")).toContainText("sixty-three");
  await expect(againstCurrent.getByRole("deletion").first()).toContainText("seventy");
  await expect(page.getByRole("region", { name: "The text of this version" })).toContainText("We spend sixty-three euros on lunch.");
});

test("restoring an old version saves its text as a new version, and asks before replacing unsaved changes", async ({ person, makeNote, api }) => {
  const note = await makeNote({ title: "Plan", body: "Meet on Thursday.\n" });
  await api.save(note.id, { body: "Meet on Friday.\n" }, "Bob");
  const ann = await person("Ann");
  await ann.goto(`/notes/${note.id}`);
  await editorOf(ann).body.fill("Meet on Friday at noon, my unsaved idea.\n");
  await expect(editorOf(ann).unsaved).toBeVisible();
  await ann.getByRole("link", { name: "History" }).click();
  await ann.getByRole("button", { name: /^Version 1/ }).click();

  await ann.getByRole("button", { name: "Restore this version" }).click();
  const ask = ann.getByRole("dialog", { name: "Replace your unsaved changes?" });
  await expect(ask).toBeVisible();
  await ask.getByRole("button", { name: "Keep my changes" }).click();
  await expect(ask).toBeHidden();
  expect((await api.current(note.id)).version).toBe(2);

  await ann.getByRole("button", { name: "Restore this version" }).click();
  await ask.getByRole("button", { name: "Replace them and restore" }).click();
  await expect(ann.getByRole("status").filter({ hasText: "Restored version 1 as version 3." })).toBeVisible();
  expect(await api.current(note.id)).toMatchObject({ version: 3, body: "Meet on Thursday.\n", updatedBy: "Ann" });
  // The history goes on: the restore is the newest version, and the current one.
  await expect(ann.getByRole("navigation", { name: "Saved versions" }).getByRole("button").first()).toContainText("Version 3(current)");
});

test("a restore over a save made in between opens the merge dialog and saves the chosen text", async ({ person, makeNote, api }) => {
  const note = await makeNote({ title: "Ideas", body: "Bring a laptop and sixty-three ideas.\n" });
  await api.save(note.id, { body: "Bring a laptop and seventy ideas.\n" }, "Setup");
  const ann = await person("Ann");
  await ann.goto(`/notes/${note.id}/history?version=1`);
  await expect(ann.getByRole("region", { name: /^From the current version \(2\)/ })).toBeVisible();

  // Bob saves while Ann looks at version 1 against version 2.
  await api.save(note.id, { body: "Bring a laptop and eighty ideas.\n" }, "Bob");
  await ann.getByRole("button", { name: "Restore this version" }).click();

  const dialog = ann.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: "Your edit collided with Bob's edit" })).toBeVisible();
  expect((await api.current(note.id)).version).toBe(3);
  await dialog.getByRole("radiogroup", { name: "Conflict 1 of 1: what to keep" }).getByRole("radio", { name: /^Keep mine/ }).check();
  await dialog.getByRole("button", { name: "Review and save" }).click();
  await dialog.getByRole("button", { name: "Save merged note" }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await api.current(note.id)).body).toBe("Bring a laptop and sixty-three ideas.\n");
  expect(await api.current(note.id)).toMatchObject({ version: 4, updatedBy: "Ann" });
});

test("a deleted note is listed as recently deleted, with its history, and Restore brings its last text back", async ({ page, api }) => {
  const title = `Old plan ${Date.now()}`;
  const note = await api.create({ title, body: "Keep the receipts.\n" });
  await api.save(note.id, { body: "Keep the receipts in the blue folder.\n" }, "Bob");
  await api.remove(note.id, "Zoë");

  await page.goto("/");
  await page.getByRole("link", { name: "Recently deleted notes" }).click();
  const item = page.getByRole("list", { name: "Deleted notes" }).getByRole("listitem").filter({ hasText: title });
  await expect(item).toContainText("Deleted by Zoë");

  await item.getByRole("link", { name: `History of ${title}` }).click();
  await expect(page.getByText("Zoë deleted this note")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Saved versions" }).getByRole("button")).toHaveCount(2);
  await page.getByRole("link", { name: "Recently deleted" }).click();

  await item.getByRole("button", { name: `Restore ${title}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Restored “${title}” as version 3.` })).toBeVisible();
  await expect(item).toHaveCount(0);
  expect(await api.current(note.id)).toMatchObject({ title, body: "Keep the receipts in the blue folder.\n", version: 3 });
  await page.getByRole("link", { name: "Open it" }).click();
  await expect(editorOf(page).body).toHaveValue("Keep the receipts in the blue folder.\n");
  await api.remove(note.id, "Cleanup");
});
