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

test("a name counts characters as the server does: 40 emoji fit", async ({ page, makeNote, api }) => {
  const note = await makeNote();
  const otters = "🦦".repeat(40);
  await page.goto(`/notes/${note.id}`);
  await page.getByRole("button", { name: /Your name in this tab/ }).click();
  const field = page.getByRole("textbox", { name: "Your name in this tab" });
  await field.fill(otters);
  await expect(field).toHaveValue(otters);
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("button", { name: `Your name in this tab: ${otters}. Change it` })).toBeVisible();

  await editorOf(page).body.fill("Otters everywhere.\n");
  await editorOf(page).save.click();
  await expect(editorOf(page).saved).toBeVisible();
  expect((await api.current(note.id)).updatedBy).toBe(otters);

  // Over 64 characters the field says so, instead of cutting the name short behind the person's back.
  await page.getByRole("button", { name: /Your name in this tab/ }).click();
  await field.fill("🦦".repeat(65));
  await expect(page.getByText("A name can have up to 64 characters; this one has 65.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save name" })).toBeDisabled();
});

test("the browser tab's title follows the note's title as it is written and saved", async ({ page, makeNote, api }) => {
  const note = await makeNote({ title: "Offsite", body: "Bring a laptop.\n" });
  await page.goto(`/notes/${note.id}`);
  await expect(page).toHaveTitle("Offsite · Midair Notes");
  const editor = editorOf(page);
  await editor.title.fill("");
  await expect(page).toHaveTitle("Untitled · Midair Notes");
  await editor.save.click();
  await expect(editor.saved).toBeVisible();
  expect((await api.current(note.id)).title).toBe("");
  await expect(page).toHaveTitle("Untitled · Midair Notes");
  await editor.title.fill("Retreat");
  await expect(page).toHaveTitle("Retreat · Midair Notes");
  await editor.save.click();
  await expect(editor.saved).toBeVisible();
  // Leaving the note leaves its title behind too.
  await page.getByRole("link", { name: "All notes" }).click();
  await expect(page.getByRole("heading", { name: "Notes", level: 1 })).toBeVisible();
  await expect(page).toHaveTitle("Midair Notes");
});
