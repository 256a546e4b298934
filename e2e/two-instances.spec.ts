// The collision flow across two app instances on one PostgreSQL database: Ann's tab talks to one instance,
// Bob's to the other, so the 412 Bob gets comes from a compare-and-swap in the shared database, not from one
// process's memory. Runs when E2E_SECOND_URL names the second instance (scripts/e2e-cluster.sh starts both);
// skipped in the run against one server.
import type { Browser, Page } from "@playwright/test";
import { editorOf, expect, openTab, test } from "./fixtures";

const second = process.env.E2E_SECOND_URL;
test.skip(!second, "needs two instances: scripts/e2e-cluster.sh");

const NOTE = { title: "Offsite", body: "We meet on Thursday at nine.\nBring a laptop and sixty-three ideas.\n" };

/**
 * A person in a browser of their own (no shared storage), talking to one instance only. `elsewhere` collects
 * any request that went to another origin, which would make the test pass without two instances.
 */
async function personAt(browser: Browser, baseURL: string, name: string, elsewhere: string[]): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await openTab(context, name);
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith("http") && url.origin !== new URL(baseURL).origin) elsewhere.push(request.url());
  });
  return page;
}

/** Ann on the first instance and Bob on the second, both with the note open. */
async function annAndBobOn(browser: Browser, baseURL: string, noteId: string) {
  const elsewhere: string[] = [];
  const ann = await personAt(browser, baseURL, "Ann", elsewhere);
  const bob = await personAt(browser, second!, "Bob", elsewhere);
  await ann.goto(`/notes/${noteId}`);
  await bob.goto(`/notes/${noteId}`);
  return { ann, bob, elsewhere };
}

test("a stale save on the other instance opens the merge dialog, and the server keeps exactly what Bob chose", async ({ browser, baseURL, makeNote, api, request }) => {
  expect(new URL(second!).origin).not.toBe(new URL(baseURL!).origin);
  const note = await makeNote(NOTE);
  const { ann, bob, elsewhere } = await annAndBobOn(browser, baseURL!, note.id);
  await expect(editorOf(bob).body).toHaveValue(NOTE.body);

  const annText = NOTE.body.replace("sixty-three", "sixty-five");
  const bobText = NOTE.body.replace("sixty-three", "seventy-three");
  // Both edit at once; Bob's edit is of version 1, on the other instance.
  await editorOf(bob).body.fill(bobText);
  await editorOf(ann).body.fill(annText);
  await editorOf(ann).save.click();
  await expect(editorOf(ann).saved).toBeVisible();
  // Ann's save reaches Bob through the other instance at once (PostgreSQL NOTIFY), before he saves.
  await expect(bob.getByRole("alert").filter({ hasText: "Ann saved version 2 while you were editing" })).toBeVisible({ timeout: 1_000 });

  await editorOf(bob).save.click();
  const dialog = bob.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: "Your edit collided with Ann's edit" })).toBeVisible();
  // Nothing overwritten while Bob decides: the shared database still holds Ann's save, seen from both instances.
  expect(await api.current(note.id)).toMatchObject({ version: 2, body: annText, updatedBy: "Ann" });
  const fromSecond = await bob.request.get(`/api/notes/${note.id}`);
  expect(await fromSecond.json()).toMatchObject({ version: 2, body: annText });

  await dialog.getByRole("radio", { name: /^Keep both, mine first/ }).check();
  await dialog.getByRole("button", { name: "Review and save" }).click();
  const merged = "We meet on Thursday at nine.\nBring a laptop and seventy-three ideas.\nBring a laptop and sixty-five ideas.\n";
  await expect(dialog.getByRole("textbox", { name: "Merged text" })).toHaveValue(merged);
  await dialog.getByRole("button", { name: "Save merged note" }).click();
  await expect(dialog).toBeHidden();
  await expect(editorOf(bob).saved).toBeVisible();

  expect(await api.current(note.id)).toMatchObject({ version: 3, body: merged, updatedBy: "Bob" });
  // Ann's save is still in the history, as version 2: the merge went on top of it, not over it.
  const annVersion = await request.get(`/api/notes/${note.id}/revisions/2`);
  expect(await annVersion.json()).toMatchObject({ version: 2, body: annText, author: "Ann" });
  expect(elsewhere).toEqual([]);
  await ann.context().close();
  await bob.context().close();
});

test("edits of different sentences on two instances merge cleanly, and both are kept", async ({ browser, baseURL, makeNote, api }) => {
  const note = await makeNote(NOTE);
  const { ann, bob, elsewhere } = await annAndBobOn(browser, baseURL!, note.id);
  await expect(editorOf(bob).body).toHaveValue(NOTE.body);

  await editorOf(bob).body.fill(NOTE.body.replace("sixty-three", "seventy-three"));
  await editorOf(ann).body.fill(NOTE.body.replace("Thursday", "Friday"));
  await editorOf(ann).save.click();
  await expect(editorOf(ann).saved).toBeVisible();
  await editorOf(bob).save.click();
  const dialog = bob.getByRole("dialog", { name: "Merged with Ann's edit" });
  await expect(dialog).toBeVisible();
  expect((await api.current(note.id)).version).toBe(2);
  await dialog.getByRole("button", { name: "Save merged note" }).click();
  await expect(dialog).toBeHidden();
  await expect(editorOf(bob).saved).toBeVisible();
  expect(await api.current(note.id)).toMatchObject({
    version: 3, body: NOTE.body.replace("Thursday", "Friday").replace("sixty-three", "seventy-three"), updatedBy: "Bob",
  });
  expect(elsewhere).toEqual([]);
  await ann.context().close();
  await bob.context().close();
});

test("a save on one instance moves an idle editor on the other to it within a second", async ({ browser, baseURL, makeNote }) => {
  const note = await makeNote(NOTE);
  const { ann, bob, elsewhere } = await annAndBobOn(browser, baseURL!, note.id);
  await expect(bob.getByText(/Ann is viewing/)).toBeVisible();

  const annText = NOTE.body.replace("Thursday", "Friday");
  await editorOf(ann).body.fill(annText);
  await editorOf(ann).save.click();
  await expect(editorOf(ann).saved).toBeVisible();
  await expect(bob.getByText("Updated to Ann's version 2")).toBeVisible({ timeout: 1_000 });
  await expect(editorOf(bob).body).toHaveValue(annText);
  expect(elsewhere).toEqual([]);
  await ann.context().close();
  await bob.context().close();
});
