import { editorOf, expect, test } from "./fixtures";

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
