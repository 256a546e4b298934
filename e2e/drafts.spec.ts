import { editorOf, expect, openTab, reloadAccepting, test } from "./fixtures";

test("a failed save keeps the draft, says so, and retries", async ({ page, makeNote, api }) => {
  const note = await makeNote();
  await page.goto(`/notes/${note.id}`);
  const editor = editorOf(page);
  await page.route(`**/api/notes/${note.id}`, (route) =>
    route.request().method() === "PATCH" ? route.abort("internetdisconnected") : route.continue(),
  );
  await editor.body.fill("Offline words.\n");
  await editor.save.click();
  await expect(editor.notSaved).toBeVisible();
  await expect(page.getByText(/Couldn't reach the server.*Your text is kept on this device\. Trying again in 2 seconds\./)).toBeVisible();

  // A 5xx says so too.
  await page.unroute(`**/api/notes/${note.id}`);
  await page.route(`**/api/notes/${note.id}`, (route) =>
    route.request().method() === "PATCH"
      ? route.fulfill({ status: 503, contentType: "application/problem+json", body: JSON.stringify({ title: "Unavailable", status: 503 }) })
      : route.continue(),
  );
  await page.getByRole("button", { name: "Retry save" }).click();
  await expect(page.getByText(/The server had a problem \(503\)/)).toBeVisible();

  // Nothing is lost on a reload either, and the save still owed is tried again (and refused again) by itself.
  await reloadAccepting(page);
  await expect(editor.body).toHaveValue("Offline words.\n");
  await expect(page.getByText(/The server had a problem \(503\)/)).toBeVisible();
  expect((await api.current(note.id)).version).toBe(1);

  await page.unroute(`**/api/notes/${note.id}`);
  await editor.save.click();
  await expect(editor.saved).toBeVisible();
  expect((await api.current(note.id)).body).toBe("Offline words.\n");
});

test("two tabs keep two drafts, and a reload brings each tab its own", async ({ person, makeNote }) => {
  const note = await makeNote();
  const ann = await person("Ann");
  const bob = await person("Bob");
  await ann.goto(`/notes/${note.id}`);
  await bob.goto(`/notes/${note.id}`);
  await editorOf(ann).body.fill("Ann's words.\n");
  await editorOf(bob).body.fill("Bob's words.\n");
  await reloadAccepting(ann);
  await reloadAccepting(bob);
  await expect(editorOf(ann).body).toHaveValue("Ann's words.\n");
  await expect(editorOf(bob).body).toHaveValue("Bob's words.\n");
  await expect(ann.getByText(/Bob\s*has unsaved changes to this note elsewhere in this browser/)).toBeVisible();
});

test("closing a tab with unsaved text warns, and its draft is offered back", async ({ context, makeNote, api }) => {
  const note = await makeNote();
  const first = await openTab(context, "Ann");
  await first.goto(`/notes/${note.id}`);
  await editorOf(first).body.fill("Words from a closed tab.\n");

  let warned = false;
  first.on("dialog", (dialog) => {
    warned = dialog.type() === "beforeunload";
    void dialog.accept();
  });
  await first.close({ runBeforeUnload: true });
  await expect.poll(() => warned).toBe(true);

  const second = await openTab(context, "Ann again");
  await second.goto(`/notes/${note.id}`);
  const offer = second.getByRole("region", { name: "Unsaved text from a closed tab" });
  await expect(offer).toContainText("Ann was editing this note");
  await offer.getByRole("button", { name: "Restore it here" }).click();
  await expect(offer).toBeHidden();
  await expect(editorOf(second).body).toHaveValue("Words from a closed tab.\n");
  await editorOf(second).save.click();
  await expect(editorOf(second).saved).toBeVisible();
  expect((await api.current(note.id)).body).toBe("Words from a closed tab.\n");
});

test("copy my version puts the draft on the clipboard", async ({ page, context, makeNote, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL!).origin });
  const note = await makeNote();
  await page.goto(`/notes/${note.id}`);
  await editorOf(page).body.fill("Keep me safe.\n");
  await page.getByRole("button", { name: "Copy my version" }).click();
  await expect(page.getByText("Copied to the clipboard")).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("Offsite\n\nKeep me safe.\n");
});

test("a duplicated tab becomes a person of its own and never overwrites the original's draft", async ({ context, makeNote }) => {
  const note = await makeNote();
  const original = await openTab(context, "Ann");
  await original.goto(`/notes/${note.id}`);
  await editorOf(original).body.fill("Ann's words.\n");

  // Browsers copy sessionStorage into a duplicated tab: do the same by hand.
  const copied = await original.evaluate(() => JSON.stringify(Object.entries(sessionStorage)));
  const duplicate = await context.newPage();
  await duplicate.addInitScript((entries) => {
    if (sessionStorage.length === 0) for (const [key, value] of JSON.parse(entries) as string[][]) sessionStorage.setItem(key!, value!);
  }, copied);
  await duplicate.goto(`/notes/${note.id}`);
  await expect(editorOf(duplicate).body).toHaveValue("Ann's words.\n");
  await expect(duplicate.getByRole("button", { name: /Your name in this tab: (?!Ann)/ })).toBeVisible();
  await editorOf(duplicate).body.fill("The copy's words.\n");

  await reloadAccepting(original);
  await expect(editorOf(original).body).toHaveValue("Ann's words.\n");
  await reloadAccepting(duplicate);
  await expect(editorOf(duplicate).body).toHaveValue("The copy's words.\n");
  const ids = await Promise.all([original, duplicate].map((page) => page.evaluate(() => sessionStorage.getItem("midair:tab-id"))));
  expect(ids[0]).not.toBe(ids[1]);
});

test("a note over 1 MB says so in words, offers no retry that cannot work, and keeps the text", async ({ page, makeNote, api }) => {
  const note = await makeNote();
  await page.goto(`/notes/${note.id}`);
  const editor = editorOf(page);
  const huge = "All work and no play. ".repeat(62_000); // 1,364,000 bytes
  await editor.body.fill(huge);
  await expect(page.getByText("Too long to save", { exact: true })).toBeVisible();
  await expect(page.getByText("This note is 1.3 MB; a note can hold up to 1 MB. Shorten it to save.")).toBeVisible();
  await expect(editor.save).toBeDisabled();
  await expect(page.getByRole("button", { name: "Retry save" })).toHaveCount(0);

  await reloadAccepting(page);
  await expect(editor.body).toHaveValue(huge);
  await editor.body.fill("Short again.\n");
  await editor.save.click();
  await expect(editor.saved).toBeVisible();
  expect((await api.current(note.id)).body).toBe("Short again.\n");
});

test("the server refusing a note as too large is told in words, without a retry", async ({ page, makeNote, api }) => {
  const note = await makeNote();
  await page.goto(`/notes/${note.id}`);
  await page.route(`**/api/notes/${note.id}`, (route) =>
    route.request().method() === "PATCH"
      ? route.fulfill({
          status: 413,
          contentType: "application/problem+json",
          body: JSON.stringify({
            type: "/problems/content-too-large",
            title: "Content too large",
            status: 413,
            detail: '"body" is larger than 1048576 bytes of UTF-8.',
            limit: 1048576,
          }),
        })
      : route.continue(),
  );
  const editor = editorOf(page);
  await editor.body.fill("Words.\n");
  await editor.save.click();
  await expect(editor.notSaved).toBeVisible();
  await expect(page.getByText(/a note can hold up to 1 MB\. Shorten it to save\./)).toBeVisible();
  await expect(page.getByText(/1048576 bytes/)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Retry save" })).toHaveCount(0);
  await expect(editor.body).toHaveValue("Words.\n");
  expect((await api.current(note.id)).version).toBe(1);
});

test("a pasted title over the limit is kept whole, and the save is blocked with the reason", async ({ page, makeNote, api }) => {
  const note = await makeNote();
  await page.goto(`/notes/${note.id}`);
  const editor = editorOf(page);
  const long = "A very long title. ".repeat(40).slice(0, 600);
  await editor.title.selectText();
  await page.keyboard.insertText(long);
  // Nothing was cut off: the field holds all 600 characters.
  await expect(editor.title).toHaveValue(long);
  await expect(page.getByText("Too long to save", { exact: true })).toBeVisible();
  await expect(page.getByText("Title is 600 characters; the limit is 500. Shorten it to save.")).toBeVisible();
  await expect(editor.title).toHaveAttribute("aria-invalid", "true");
  await expect(editor.title).toHaveAccessibleDescription(/Title is 600 characters; the limit is 500/);
  await expect(editor.save).toBeDisabled();
  await page.keyboard.press("Control+s");
  await expect(page.getByRole("button", { name: "Retry save" })).toHaveCount(0);
  expect((await api.current(note.id)).version).toBe(1);

  // Kept through a reload too; at the limit it saves.
  await reloadAccepting(page);
  await expect(editor.title).toHaveValue(long);
  await editor.title.fill(long.slice(0, 500));
  await expect(page.getByText(/Title is \d+ characters/)).toHaveCount(0);
  await editor.save.click();
  await expect(editor.saved).toBeVisible();
  expect((await api.current(note.id)).title).toBe(long.slice(0, 500));
});
