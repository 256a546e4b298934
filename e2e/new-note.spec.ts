// "New note" is a draft until its first save: nothing reaches the server (or anyone's list) before that.
import { editorOf, expect, reloadAccepting, test } from "./fixtures";

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
