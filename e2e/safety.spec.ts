import { editorOf, expect, test } from "./fixtures";

const HOSTILE_TITLE = `<img src=x onerror="window.__pwned='title'">`;
const HOSTILE = `<script>window.__pwned='body'</script><b>bold?</b> & "quotes"\n`;

test("hostile text is shown as text everywhere, merge dialog included", async ({ page, makeNote, api }) => {
  page.on("dialog", (dialog) => {
    throw new Error(`unexpected ${dialog.type()} dialog: ${dialog.message()}`);
  });
  const note = await makeNote({ title: HOSTILE_TITLE, body: HOSTILE });

  await page.goto("/");
  await expect(page.getByRole("link", { name: new RegExp(HOSTILE_TITLE.slice(0, 12)) })).toBeVisible();

  await page.goto(`/notes/${note.id}`);
  await expect(editorOf(page).title).toHaveValue(HOSTILE_TITLE);
  await expect(editorOf(page).body).toHaveValue(HOSTILE);

  await editorOf(page).body.fill(`<script>window.__pwned='mine'</script><i>mine</i>\n`);
  await api.save(note.id, { body: `<iframe srcdoc="<script>parent.__pwned='theirs'</script>"></iframe>\n` }, "<b>Mallory</b>");
  await editorOf(page).save.click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: "Your edit collided with <b>Mallory</b>'s edit" })).toBeVisible();
  await dialog.getByRole("radio", { name: /^Keep both, mine first/ }).check();
  await expect(dialog.getByText(/<script>window.__pwned='mine'<\/script><i>mine<\/i>\s*<iframe srcdoc=/)).toBeVisible();
  await expect(page.locator("iframe, b, i, img[src=x]")).toHaveCount(0);
  await dialog.getByRole("button", { name: "Review and save" }).click();
  await dialog.getByRole("button", { name: "Save merged note" }).click();
  await expect(dialog).toBeHidden();
  await page.goto("/");
  await page.goto(`/notes/${note.id}`);
  await expect(editorOf(page).body).toHaveValue(/^<script>window.__pwned='mine'<\/script><i>mine<\/i>\n<iframe/);
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
});

test("text-direction overrides in a note stay inside its own title and excerpt", async ({ page, makeNote }) => {
  const note = await makeNote({ title: "\u202Eeltit desrever", body: "\u202Eolleh dlrow, and more words after it.\n" });
  await page.goto("/");
  const row = page.getByRole("link", { name: /eltit desrever/ });
  await expect(row).toBeVisible();
  // Each piece of user text is its own direction-isolated run, so the override cannot reach what follows it.
  await expect(row.getByRole("heading", { name: /eltit desrever/ })).toHaveAttribute("dir", "auto");
  await expect(row.getByText(/olleh dlrow/)).toHaveAttribute("dir", "auto");
  await expect(row.getByText(/^Saved by/)).toContainText("Saved by Setup ·");
  await page.goto(`/notes/${note.id}`);
  await expect(editorOf(page).title).toHaveAttribute("dir", "auto");
  await expect(editorOf(page).body).toHaveAttribute("dir", "auto");
});
