import { editorOf, expect, openTab, test, withoutLiveEvents } from "./fixtures";

const NOTE = { title: "Offsite", body: "We meet on Thursday.\n" };

test.describe("they deleted what I edited", () => {
  test("recreate with my text", async ({ person, makeNote, api }) => {
    const note = await makeNote(NOTE);
    const ann = await person("Ann");
    const bob = await person("Bob");
    await ann.goto(`/notes/${note.id}`);
    await bob.goto(`/notes/${note.id}`);
    await editorOf(ann).body.fill("We meet on Friday.\n");

    await bob.getByRole("button", { name: "Delete" }).click();
    await bob.getByRole("dialog", { name: "Delete “Offsite”?" }).getByRole("button", { name: "Delete note" }).click();
    await expect(bob).toHaveURL(/\/$/);

    await ann.bringToFront();
    await editorOf(ann).save.click();
    const dialog = ann.getByRole("dialog", { name: "Bob deleted this note while you were editing it" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Recreate with my text" }).click();
    await expect(dialog).toBeHidden();
    await expect(editorOf(ann).saved).toBeVisible();
    const back = await api.current(note.id);
    expect(back).toMatchObject({ body: "We meet on Friday.\n", updatedBy: "Ann" });
    expect(back.version).toBeGreaterThan(1);
  });

  test("discard mine", async ({ page, makeNote, api }) => {
    const note = await makeNote(NOTE);
    await page.goto(`/notes/${note.id}`);
    await editorOf(page).body.fill("We meet on Friday.\n");
    await api.remove(note.id, "Bob");
    await editorOf(page).save.click();
    const dialog = page.getByRole("dialog", { name: /Bob deleted this note/ });
    await dialog.getByRole("button", { name: "Discard mine" }).click();
    await expect(page.getByRole("heading", { name: "This note was deleted" })).toBeVisible();
    expect((await api.read(note.id)).status).toBe(410);
  });
});

test.describe("I delete what they edited", () => {
  // With live events the page would move to Bob's version before the delete: these are the times it did not
  // hear of it, and the delete's If-Match is what catches the change.
  test.beforeEach(async ({ page }) => withoutLiveEvents(page));

  test("delete anyway", async ({ page, makeNote, api }) => {
    const note = await makeNote(NOTE);
    await page.goto(`/notes/${note.id}`);
    await api.save(note.id, { body: "We meet on Thursday at nine.\n" }, "Bob");
    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("button", { name: "Delete note" }).click();
    const dialog = page.getByRole("dialog", { name: "Bob edited this note after you opened it" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("insertion")).toContainText("at nine");
    expect((await api.read(note.id)).status).toBe(200);
    await dialog.getByRole("button", { name: "Delete anyway" }).click();
    await expect(page).toHaveURL(/\/$/);
    expect((await api.read(note.id)).status).toBe(410);
  });

  test("keep theirs", async ({ page, makeNote, api }) => {
    const note = await makeNote(NOTE);
    await page.goto(`/notes/${note.id}`);
    await api.save(note.id, { body: "We meet on Thursday at nine.\n" }, "Bob");
    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("button", { name: "Delete note" }).click();
    const dialog = page.getByRole("dialog", { name: "Bob edited this note after you opened it" });
    await dialog.getByRole("button", { name: "Keep Bob's version" }).click();
    await expect(dialog).toBeHidden();
    await expect(editorOf(page).body).toHaveValue("We meet on Thursday at nine.\n");
    await expect(editorOf(page).saved).toBeVisible();
    expect((await api.current(note.id)).version).toBe(2);
  });
});

test.describe("a deleted note's page", () => {
  test("says who deleted it and when, and Restore brings back its last version with its history", async ({ page, makeNote, api, request }) => {
    const note = await makeNote(NOTE);
    await api.save(note.id, { body: "We meet on Thursday at nine.\n" }, "Bob");
    await api.remove(note.id, "Bob");
    await page.goto(`/notes/${note.id}`);
    await expect(page.getByRole("heading", { name: "This note was deleted" })).toBeVisible();
    await expect(page.getByText(/Bob deleted it at \d{1,2}:\d\d [AP]M on \w{3} \d{1,2}, \d{4} \(just now\)/)).toBeVisible();

    const put = page.waitForRequest((r) => r.method() === "PUT" && r.url().endsWith(`/api/notes/${note.id}`));
    await page.getByRole("button", { name: "Restore" }).click();
    expect((await put).headers()["if-none-match"]).toBe("*");
    await expect(page.getByRole("status").filter({ hasText: "Restored: the note is back, as version 3" })).toBeVisible();
    const editor = editorOf(page);
    await expect(editor.body).toHaveValue("We meet on Thursday at nine.\n");
    await expect(editor.saved).toBeVisible();
    expect(await api.current(note.id)).toMatchObject({ title: "Offsite", body: "We meet on Thursday at nine.\n", version: 3 });

    // History goes on: every version is still there, and the restore is the next one.
    const revisions = (await (await request.get(`/api/notes/${note.id}/revisions`)).json()) as { revisions: { version: number }[] };
    expect(revisions.revisions.map((r) => r.version)).toEqual([3, 2, 1]);

    // And it is a note like any other again: the next save is over version 3.
    await editor.body.fill("We meet on Friday.\n");
    await editor.save.click();
    await expect(editor.saved).toBeVisible();
    expect((await api.current(note.id)).version).toBe(4);
  });

  test("a restore that someone else beat shows their note and overwrites nothing", async ({ page, makeNote, api }) => {
    const note = await makeNote(NOTE);
    await api.remove(note.id, "Bob");
    // Heard live, Cara's re-creation would replace the page before the click: here it is not heard.
    await withoutLiveEvents(page);
    await page.goto(`/notes/${note.id}`);
    await expect(page.getByRole("button", { name: "Restore" })).toBeVisible();
    await api.createAt(note.id, { title: "Offsite", body: "Cara's plan.\n" }, "Cara");

    await page.getByRole("button", { name: "Restore" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Cara re-created this note before your restore." })).toContainText(
      "This is their version (v2); nothing was overwritten.",
    );
    await expect(editorOf(page).body).toHaveValue("Cara's plan.\n");
    expect(await api.current(note.id)).toMatchObject({ body: "Cara's plan.\n", version: 2, updatedBy: "Cara" });
  });
});

test("the second person to delete is told it was already deleted, by whom and when", async ({ browser, makeNote, api, baseURL }) => {
  const note = await makeNote(NOTE);
  const people = await Promise.all([browser.newContext({ baseURL }), browser.newContext({ baseURL })]);
  try {
    const [ann, bob] = await Promise.all([openTab(people[0]!, "Ann"), openTab(people[1]!, "Bob")]);
    // Bob does not hear of Ann's delete live (his stream is cut): his own delete is what finds it gone.
    await withoutLiveEvents(bob);
    await ann.goto(`/notes/${note.id}`);
    await bob.goto(`/notes/${note.id}`);
    // Bob asks first, Ann deletes, then Bob confirms: his delete finds nothing left.
    await bob.getByRole("button", { name: "Delete" }).click();
    await ann.getByRole("button", { name: "Delete" }).click();
    await ann.getByRole("dialog", { name: "Delete “Offsite”?" }).getByRole("button", { name: "Delete note" }).click();
    await expect(ann).toHaveURL(/\/$/);

    await bob.getByRole("dialog", { name: "Delete “Offsite”?" }).getByRole("button", { name: "Delete note" }).click();
    await expect(bob.getByRole("alert").filter({ hasText: "Already deleted" })).toContainText(
      /^Already deleted by Ann at \d{1,2}:\d\d [AP]M on .+ \(just now\)\. Your delete had nothing left to do\./,
    );
    await expect(bob).toHaveURL(new RegExp(`/notes/${note.id}$`));
    await expect(bob.getByRole("heading", { name: "This note was deleted" })).toBeVisible();
    expect((await api.read(note.id)).body).toMatchObject({ deletedBy: "Ann" });
  } finally {
    await Promise.all(people.map((context) => context.close()));
  }
});
