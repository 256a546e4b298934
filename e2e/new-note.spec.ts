// "New note" is a draft until its first save: nothing reaches the server (or anyone's list) before that.
import { editorOf, expect, openTab, reloadAccepting, test } from "./fixtures";

function idOf(url: string): string {
  return new URL(url).pathname.split("/").pop()!;
}

test("opening a new note and leaving it empty leaves nothing in the list", async ({ page, api }) => {
  await page.goto("/");
  const notes = page.getByRole("main").getByRole("listitem");
  const before = await notes.count();
  await page.getByRole("button", { name: "New note" }).click();
  await expect(page).toHaveURL(/\/notes\/[\w-]+\?new=1$/);
  const editor = editorOf(page);
  await expect(editor.title).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: /^New note$/ })).toBeVisible();
  await expect(page).toHaveTitle("New note · Midair Notes");
  expect((await api.read(idOf(page.url()))).status).toBe(404);

  await page.goBack();
  await expect(page.getByRole("heading", { name: "Notes", level: 1 })).toBeVisible();
  await page.reload();
  await expect(notes).toHaveCount(before);
});

test("a new note is kept as a draft through a reload, and its first save creates it", async ({ page, api }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "New note" }).click();
  await expect(page).toHaveURL(/\?new=1$/);
  const id = idOf(page.url());
  const editor = editorOf(page);
  await editor.title.fill("Groceries");
  await editor.body.fill("Milk\nBread\n");
  await expect(editor.unsaved).toBeVisible();
  await expect(page).toHaveTitle("Groceries · Midair Notes");
  expect((await api.read(id)).status).toBe(404);

  await reloadAccepting(page);
  await expect(editor.title).toHaveValue("Groceries");
  await expect(editor.body).toHaveValue("Milk\nBread\n");
  await expect(editor.unsaved).toBeVisible();

  const put = page.waitForRequest((request) => request.method() === "PUT" && request.url().endsWith(`/api/notes/${id}`));
  await page.keyboard.press("Control+s");
  expect((await put).headers()["if-none-match"]).toBe("*");
  await expect(editor.saved).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/notes/${id}$`));
  expect(await api.current(id)).toMatchObject({ title: "Groceries", body: "Milk\nBread\n", version: 1 });

  // From now on it is a note like any other: the next save is a PATCH over version 1.
  await editor.body.fill("Milk\nBread\nEggs\n");
  await editor.save.click();
  await expect(editor.saved).toBeVisible();
  expect(await api.current(id)).toMatchObject({ body: "Milk\nBread\nEggs\n", version: 2 });
  await api.remove(id, "Cleanup");
});

test("a new note whose id someone else took first turns into a merge, not an overwrite", async ({ page, api }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "New note" }).click();
  await expect(page).toHaveURL(/\?new=1$/);
  const id = idOf(page.url());
  const editor = editorOf(page);
  await editor.body.fill("Mine.\n");
  await api.createAt(id, { title: "", body: "Theirs.\n" }, "Bob");

  await editor.save.click();
  const dialog = page.getByRole("dialog", { name: "Your edit collided with Bob's edit" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("radio", { name: /^Keep both, mine first/ }).check();
  await dialog.getByRole("button", { name: "Review and save" }).click();
  await dialog.getByRole("button", { name: "Save merged note" }).click();
  await expect(dialog).toBeHidden();
  expect(await api.current(id)).toMatchObject({ body: "Mine.\nTheirs.\n", version: 2 });
  await api.remove(id, "Cleanup");
});

test("leaving an unsaved new note by the app's own links asks first", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "New note" }).click();
  await expect(page).toHaveURL(/\?new=1$/);
  const editor = editorOf(page);
  await editor.title.fill("Groceries");

  const questions: string[] = [];
  let answer = false;
  page.on("dialog", (dialog) => {
    questions.push(`${dialog.type()}: ${dialog.message()}`);
    void (answer ? dialog.accept() : dialog.dismiss());
  });
  // The header's link: dismissed, the note stays on screen with its text.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Notes" }).click();
  await expect.poll(() => questions.length).toBe(1);
  expect(questions[0]).toMatch(/^confirm: Leave this new note\? It is not saved yet/);
  await expect(page).toHaveURL(/\?new=1$/);
  await expect(editor.title).toHaveValue("Groceries");

  // The editor's own "All notes" link, accepted: the list shows the draft.
  answer = true;
  await page.getByRole("link", { name: "All notes" }).click();
  await expect(page.getByRole("heading", { name: "Notes", level: 1 })).toBeVisible();
  expect(questions).toHaveLength(2);
  await expect(page.getByText("Unsaved new note: Groceries")).toBeVisible();
});

test("a saved note or an empty new note is left without a question", async ({ page, makeNote }) => {
  page.on("dialog", (dialog) => {
    throw new Error(`unexpected ${dialog.type()} dialog: ${dialog.message()}`);
  });
  await page.goto("/");
  await page.getByRole("button", { name: "New note" }).click();
  await expect(page).toHaveURL(/\?new=1$/);
  await page.getByRole("link", { name: "All notes" }).click();
  await expect(page.getByRole("heading", { name: "Notes", level: 1 })).toBeVisible();
  const note = await makeNote();
  await page.goto(`/notes/${note.id}`);
  await page.getByRole("link", { name: "All notes" }).click();
  await expect(page.getByRole("heading", { name: "Notes", level: 1 })).toBeVisible();
});

test("a new note left by a closed tab is listed with the notes, opened and saved from there", async ({ context, api }) => {
  const first = await openTab(context, "Ann");
  await first.goto("/");
  await first.getByRole("button", { name: "New note" }).click();
  await expect(first).toHaveURL(/\?new=1$/);
  const id = idOf(first.url());
  await editorOf(first).title.fill("Packing list");
  await editorOf(first).body.fill("Tent\nStove\n");
  first.on("dialog", (dialog) => void dialog.accept());
  await first.close({ runBeforeUnload: true });

  const second = await openTab(context, "Ann");
  await second.goto("/");
  const drafts = second.getByRole("region", { name: "Only in this browser" });
  await expect(drafts.getByText("Unsaved new note: Packing list")).toBeVisible();
  await expect(drafts).toContainText("Left by a tab that was closed");
  await drafts.getByRole("button", { name: "Open the unsaved new note “Packing list”" }).click();
  await expect(second).toHaveURL(new RegExp(`/notes/${id}\\?new=1$`));
  const editor = editorOf(second);
  await expect(editor.title).toHaveValue("Packing list");
  await expect(editor.body).toHaveValue("Tent\nStove\n");
  await editor.save.click();
  await expect(editor.saved).toBeVisible();
  expect(await api.current(id)).toMatchObject({ title: "Packing list", body: "Tent\nStove\n", version: 1 });

  // Saved, it is a note like any other: no longer listed as a draft.
  await second.goto("/");
  await expect(second.getByRole("link", { name: /Packing list/ })).toBeVisible();
  await expect(second.getByText("Unsaved new note: Packing list")).toHaveCount(0);
  await api.remove(id, "Cleanup");
});

test("discarding a listed new-note draft can be undone", async ({ context }) => {
  const first = await openTab(context, "Ann");
  await first.goto("/");
  await first.getByRole("button", { name: "New note" }).click();
  await expect(first).toHaveURL(/\?new=1$/);
  await editorOf(first).title.fill("Half an idea");
  first.on("dialog", (dialog) => void dialog.accept());
  await first.close({ runBeforeUnload: true });

  const second = await openTab(context, "Ann");
  await second.goto("/");
  const drafts = second.getByRole("region", { name: "Only in this browser" });
  await drafts.getByRole("button", { name: "Discard the unsaved new note “Half an idea”" }).click();
  await expect(drafts.getByText("Unsaved new note: Half an idea")).toHaveCount(0);
  await expect(drafts.getByRole("status")).toHaveText(/Discarded the unsaved new note “Half an idea”/);
  await drafts.getByRole("button", { name: "Undo" }).click();
  await expect(drafts.getByText("Unsaved new note: Half an idea")).toBeVisible();
  await expect(drafts).toContainText("Started in this tab");

  // Discarded for good, it stays gone after a reload.
  await drafts.getByRole("button", { name: "Discard the unsaved new note “Half an idea”" }).click();
  await second.reload();
  await expect(second.getByRole("heading", { name: "Notes", level: 1 })).toBeVisible();
  await expect(second.getByText("Unsaved new note: Half an idea")).toHaveCount(0);
});
