import { editorOf, expect, test } from "./fixtures";

test("the home page lists the example notes with who saved them and when", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Notes", level: 1 })).toBeVisible();
  for (const title of ["Welcome to Midair Notes", "Team offsite plan", "HTTP conditional requests, in one page"]) {
    await expect(page.getByRole("link", { name: new RegExp(title) })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: /Welcome to Midair Notes/ })).toContainText(/Saved by \S+ · .+ ago|just now/);
  await expect(page.getByRole("link", { name: "Open the two-person demo" })).toBeVisible();
});

test("a new note is created, written and saved", async ({ page, api }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "New note" }).click();
  await expect(page).toHaveURL(/\/notes\/[\w-]+\?new=1$/);
  const editor = editorOf(page);
  await expect(editor.title).toBeFocused();
  await editor.title.fill("Groceries");
  await editor.body.fill("Milk\nBread\n");
  await expect(editor.unsaved).toBeVisible();
  await page.keyboard.press("Control+s");
  await expect(editor.saved).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const note = await api.current(id);
  expect(note).toMatchObject({ title: "Groceries", body: "Milk\nBread\n", version: 2 });
  await api.remove(id, "Cleanup");
});

test("each tab has a name of its own, changeable in the header and sent with saves", async ({ person, makeNote, api }) => {
  const note = await makeNote();
  const first = await person("Ann");
  const second = await person("Bob");
  await first.goto(`/notes/${note.id}`);
  await second.goto(`/notes/${note.id}`);
  await expect(first.getByRole("button", { name: /Your name in this tab: Ann/ })).toBeVisible();
  await expect(second.getByRole("button", { name: /Your name in this tab: Bob/ })).toBeVisible();

  await first.getByRole("button", { name: /Your name in this tab/ }).click();
  await first.getByRole("textbox", { name: "Your name in this tab" }).fill("Ann Lee 🦦");
  await first.getByRole("button", { name: "Save name" }).click();
  await expect(first.getByRole("button", { name: /Your name in this tab: Ann Lee 🦦/ })).toBeVisible();

  await editorOf(first).body.fill("Bring a laptop.\n");
  await editorOf(first).save.click();
  await expect(editorOf(first).saved).toBeVisible();
  expect((await api.current(note.id)).updatedBy).toBe("Ann Lee 🦦");
});
