import type { Page } from "@playwright/test";
import { editorOf, expect, openTab, reloadAccepting, test, type NotesApi } from "./fixtures";

const PLAN = {
  title: "Offsite",
  body: "# Plan\n\nWe meet on Thursday at nine in the large room.\nLunch is at half past twelve.\n\nBring a laptop and sixty-three ideas.\n",
};

/** Ann edits, Bob saves first (through the API), Ann saves: the 412 opens the merge dialog. */
async function collide(page: Page, api: NotesApi, id: string, mine: string, theirs: string) {
  await page.goto(`/notes/${id}`);
  const editor = editorOf(page);
  await editor.body.fill(mine);
  await api.save(id, { body: theirs }, "Bob");
  await editor.save.click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  return dialog;
}

test("a clean merge is announced, can be reviewed, and is saved only when confirmed", async ({ person, browser, baseURL, makeNote, api }) => {
  const note = await makeNote(PLAN);
  const ann = await person("Ann");
  // Bob on another computer (a tab of the same browser would be "your other tab").
  const bobContext = await browser.newContext({ baseURL });
  const bob = await openTab(bobContext, "Bob");
  await ann.goto(`/notes/${note.id}`);
  await bob.goto(`/notes/${note.id}`);
  await editorOf(ann).body.fill(PLAN.body.replace("Thursday", "Friday"));
  await editorOf(bob).body.fill(PLAN.body.replace("sixty-three", "seventy-three"));
  await editorOf(bob).save.click();
  await expect(editorOf(bob).saved).toBeVisible();

  await ann.bringToFront();
  await editorOf(ann).save.click();
  const dialog = ann.getByRole("dialog", { name: "Merged with Bob's edit" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("status").first()).toContainText("Merged with Bob's edit. Nothing conflicts.");
  // Not applied silently: the server still has Bob's version until Ann confirms.
  expect((await api.current(note.id)).version).toBe(2);
  await expect(dialog.getByText("Review what changed in your text")).toBeVisible();
  await expect(dialog.getByRole("insertion")).toContainText("seventy");
  await expect(dialog.getByRole("deletion")).toBeVisible();
  // The review reads as Ann's text becomes: the removed word is drawn, not part of the text to search.
  await expect(dialog.getByText("Bring a laptop and seventy-three ideas.").first()).toBeVisible();

  await dialog.getByRole("button", { name: "Save merged note" }).click();
  await expect(dialog).toBeHidden();
  await expect(editorOf(ann).saved).toBeVisible();
  const saved = await api.current(note.id);
  expect(saved.body).toBe(PLAN.body.replace("Thursday", "Friday").replace("sixty-three", "seventy-three"));
  expect(saved.updatedBy).toBe("Ann");
  await bobContext.close();
});

const ONE_LINE = { title: "Ideas", body: "Bring a laptop and sixty-three ideas.\n" };
const MINE = "Bring a laptop and sixty-five ideas.";
const THEIRS = "Bring a laptop and seventy-three ideas.";

for (const [choice, expected, button, version] of [
  ["Keep mine", `${MINE}\n`, "Save merged note", 3],
  // Bob's version already is the result: nothing new is saved, the draft is let go.
  ["Keep Bob's", `${THEIRS}\n`, "Use version 2: nothing to save", 2],
  ["Keep both, mine first", `${MINE}\n${THEIRS}\n`, "Save merged note", 3],
  ["Keep both, Bob's first", `${THEIRS}\n${MINE}\n`, "Save merged note", 3],
] as const) {
  test(`a conflict resolved with "${choice}" saves exactly that`, async ({ page, makeNote, api }) => {
    const note = await makeNote(ONE_LINE);
    const dialog = await collide(page, api, note.id, `${MINE}\n`, `${THEIRS}\n`);
    await expect(dialog.getByRole("heading", { name: "Your edit collided with Bob's edit" })).toBeVisible();
    await expect(dialog.getByText("1 of 1 left")).toBeVisible();
    const group = dialog.getByRole("radiogroup", { name: "Conflict 1 of 1: what to keep" });
    await group.getByRole("radio", { name: new RegExp(`^${choice}`) }).check();
    await expect(dialog.getByText("0 of 1 left")).toBeVisible();
    await dialog.getByRole("button", { name: "Review and save" }).click();
    await expect(dialog.getByRole("textbox", { name: "Merged text" })).toHaveValue(expected);
    await dialog.getByRole("button", { name: button }).click();
    await expect(dialog).toBeHidden();
    await expect(editorOf(page).saved).toBeVisible();
    await expect(editorOf(page).body).toHaveValue(expected);
    expect(await api.current(note.id)).toMatchObject({ body: expected, version });
  });
}

test("a conflict edited by hand, then the whole result edited, saves exactly the edited text", async ({ page, makeNote, api }) => {
  const note = await makeNote(ONE_LINE);
  const dialog = await collide(page, api, note.id, `${MINE}\n`, `${THEIRS}\n`);
  await dialog.getByRole("radio", { name: /^Edit by hand/ }).check();
  const hand = dialog.getByRole("textbox", { name: "Your text for conflict 1" });
  await expect(hand).toHaveValue(MINE);
  await hand.fill("Bring a laptop and seventy ideas.");
  await dialog.getByRole("button", { name: "Review and save" }).click();
  const whole = dialog.getByRole("textbox", { name: "Merged text" });
  await expect(whole).toHaveValue("Bring a laptop and seventy ideas.\n");
  await whole.fill("Bring a laptop and seventy ideas.\nAnd snacks.\n");
  await dialog.getByRole("button", { name: "Save merged note" }).click();
  await expect(dialog).toBeHidden();
  expect((await api.current(note.id)).body).toBe("Bring a laptop and seventy ideas.\nAnd snacks.\n");
});

test("a merged title pasted over the limit is kept whole and said in words, and the save waits", async ({ page, makeNote, api }) => {
  const note = await makeNote(ONE_LINE);
  const dialog = await collide(page, api, note.id, `${MINE}\n`, `${THEIRS}\n`);
  await dialog.getByRole("radio", { name: /^Keep mine/ }).check();
  await dialog.getByRole("button", { name: "Review and save" }).click();
  const title = dialog.getByRole("textbox", { name: "Merged title" });
  await title.fill("");
  await title.focus();
  await page.keyboard.insertText("t".repeat(600));
  await expect(title).toHaveValue("t".repeat(600));
  await expect(dialog.getByRole("alert").filter({ hasText: "Title is 600 characters; the limit is 500." })).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Save merged note" })).toBeDisabled();
  await title.fill("Offsite, shorter");
  await expect(dialog.getByRole("button", { name: "Save merged note" })).toBeEnabled();
});

test("the base can be shown and the conflicts are navigated with next and previous", async ({ page, makeNote, api }) => {
  const note = await makeNote(PLAN);
  const dialog = await collide(
    page, api, note.id,
    PLAN.body.replace("Thursday", "Friday").replace("sixty-three", "sixty-five"),
    PLAN.body.replace("nine", "ten").replace("sixty-three", "seventy-three"),
  );
  await expect(dialog.getByText("2 of 2 left")).toBeVisible();
  await expect(dialog.getByRole("group", { name: /Conflict 1 of 2/ })).toBeVisible();
  await dialog.getByRole("button", { name: /Show the original/ }).click();
  await expect(dialog.getByText("We meet on Thursday at nine in the large room.", { exact: true })).toBeVisible();
  await dialog.getByRole("button", { name: "Next", exact: true }).click();
  await expect(dialog.getByRole("group", { name: /Conflict 2 of 2/ })).toBeVisible();
  await expect(dialog.getByRole("status").first()).toContainText("Showing conflict 2 of 2");
  await dialog.getByRole("button", { name: "Previous", exact: true }).click();
  await expect(dialog.getByRole("group", { name: /Conflict 1 of 2/ })).toBeVisible();
});

test("a reload in the middle of the dialog keeps the choices and hand edits", async ({ page, makeNote, api }) => {
  const note = await makeNote(PLAN);
  const dialog = await collide(
    page, api, note.id,
    PLAN.body.replace("Thursday", "Friday").replace("sixty-three", "sixty-five"),
    PLAN.body.replace("nine", "ten").replace("sixty-three", "seventy-three"),
  );
  await dialog.getByRole("radio", { name: /^Keep mine/ }).check();
  await dialog.getByRole("button", { name: "Next", exact: true }).click();
  await dialog.getByRole("radio", { name: /^Edit by hand/ }).check();
  await dialog.getByRole("textbox", { name: "Your text for conflict 2" }).fill("Bring a laptop and seventy ideas.");

  await reloadAccepting(page);
  const again = page.getByRole("dialog");
  await expect(again).toBeVisible();
  await expect(again.getByText("0 of 2 left")).toBeVisible();
  await expect(again.getByRole("textbox", { name: "Your text for conflict 2" })).toHaveValue("Bring a laptop and seventy ideas.");
  await again.getByRole("button", { name: "Previous", exact: true }).click();
  await expect(again.getByRole("radio", { name: /^Keep mine/ })).toBeChecked();

  await again.getByRole("button", { name: "Review and save" }).click();
  await again.getByRole("button", { name: "Save merged note" }).click();
  await expect(again).toBeHidden();
  expect((await api.current(note.id)).body).toBe(
    "# Plan\n\nWe meet on Friday at nine in the large room.\nLunch is at half past twelve.\n\nBring a laptop and seventy ideas.\n",
  );
});

test("a save landing while the dialog is open re-merges, keeping the choices that still apply", async ({ page, makeNote, api }) => {
  const note = await makeNote(PLAN);
  const dialog = await collide(
    page, api, note.id,
    PLAN.body.replace("Thursday", "Friday").replace("sixty-three", "sixty-five"),
    PLAN.body.replace("nine", "ten").replace("sixty-three", "seventy-three"),
  );
  await dialog.getByRole("radio", { name: /^Keep mine/ }).check();
  // Carol changes the last line again, and the lunch line: conflict 1 is untouched, conflict 2 changes.
  await api.save(
    note.id,
    { body: PLAN.body.replace("nine", "ten").replace("sixty-three", "eighty").replace("half past twelve", "one") },
    "Carol",
  );
  await expect(dialog.getByText(/Carol saved again \(version 3\)/).first()).toBeVisible({ timeout: 15_000 });
  await expect(dialog.getByRole("status").first()).toContainText("Your choice still applies. One conflict needs a choice.");
  await expect(dialog.getByText("1 of 2 left")).toBeVisible();
  // Everyone who saved since Ann's version is named, not only the latest.
  await expect(dialog.getByText("Bob saved version 2 and Carol saved version 3 after you started editing version 1.")).toBeVisible();
  // The dialog moves on to the conflict that needs a choice, not the one already decided.
  const second = dialog.getByRole("group", { name: /Conflict 2 of 2/ });
  await expect(second).toBeVisible();
  await expect(second.getByText("eighty", { exact: false }).first()).toBeVisible();
  // Both Bob and Carol changed this line since Ann's version (the history says so): both are named.
  await expect(second.getByText("You, Bob and Carol all changed this.")).toBeVisible();
  await dialog.getByRole("radio", { name: /^Keep theirs/ }).check();
  await dialog.getByRole("button", { name: "Review and save" }).click();
  await dialog.getByRole("button", { name: "Save merged note" }).click();
  await expect(dialog).toBeHidden();
  const saved = await api.current(note.id);
  expect(saved.version).toBe(4);
  expect(saved.body).toBe(
    "# Plan\n\nWe meet on Friday at nine in the large room.\nLunch is at one.\n\nBring a laptop and eighty ideas.\n",
  );
});

test("a save that meets yet another 412 starts the merge over instead of overwriting", async ({ page, makeNote, api }) => {
  const note = await makeNote(ONE_LINE);
  const dialog = await collide(page, api, note.id, `${MINE}\n`, `${THEIRS}\n`);
  await dialog.getByRole("radio", { name: /^Keep mine/ }).check();
  await dialog.getByRole("button", { name: "Review and save" }).click();
  // Dan saves at the last moment, before the dialog's watcher can see it (its checks are held back here).
  await page.route(`**/api/notes/${note.id}`, (route) => (route.request().method() === "GET" ? route.abort() : route.continue()));
  await api.save(note.id, { title: "Ideas (Dan)" }, "Dan");
  await dialog.getByRole("button", { name: "Save merged note" }).click();
  await page.unroute(`**/api/notes/${note.id}`);
  await expect(dialog.getByText(/Dan saved again/).first()).toBeVisible();
  // The choice still applies (Dan changed only the title): review and save again.
  await dialog.getByRole("button", { name: "Review and save" }).click();
  await expect(dialog.getByRole("textbox", { name: "Merged title" })).toHaveValue("Ideas (Dan)");
  await dialog.getByRole("button", { name: "Save merged note" }).click();
  await expect(dialog).toBeHidden();
  expect(await api.current(note.id)).toMatchObject({ title: "Ideas (Dan)", body: `${MINE}\n`, version: 4 });
});

test("a background refetch never turns a collision into an overwrite", async ({ page, makeNote, api }) => {
  const note = await makeNote(ONE_LINE);
  await page.goto(`/notes/${note.id}`);
  await editorOf(page).body.fill(`${MINE}\n`);
  await api.save(note.id, { body: `${THEIRS}\n` }, "Bob");
  // After a reload the cache holds Bob's version, while the draft still names the version Ann started from.
  await reloadAccepting(page);
  await expect(editorOf(page).body).toHaveValue(`${MINE}\n`);
  await expect(page.getByText(/Bob\s*saved version 2 while you were editing/)).toBeVisible();
  await editorOf(page).save.click();
  await expect(page.getByRole("dialog", { name: "Your edit collided with Bob's edit" })).toBeVisible();
  expect((await api.current(note.id)).body).toBe(`${THEIRS}\n`);
});

test("Escape closes the dialog without losing anything, and it can be reopened", async ({ page, makeNote, api }) => {
  const note = await makeNote(ONE_LINE);
  const dialog = await collide(page, api, note.id, `${MINE}\n`, `${THEIRS}\n`);
  await dialog.getByRole("radio", { name: /^Keep both, mine first/ }).check();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Not saved: needs merging")).toBeVisible();
  await expect(editorOf(page).body).toHaveValue(`${MINE}\n`);
  await page.getByRole("button", { name: "Resolve" }).click();
  await expect(page.getByRole("radio", { name: /^Keep both, mine first/ })).toBeChecked();
  await expect(page.getByRole("button", { name: "Copy my version" }).first()).toBeVisible();
});

test("a reload with a merge pending opens the dialog again, and Escape still closes it losing nothing", async ({ page, makeNote, api }) => {
  const note = await makeNote(ONE_LINE);
  const dialog = await collide(page, api, note.id, `${MINE}\n`, `${THEIRS}\n`);
  await dialog.getByRole("radio", { name: /^Keep both, mine first/ }).check();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  await reloadAccepting(page);
  const again = page.getByRole("dialog", { name: "Your edit collided with Bob's edit" });
  await expect(again).toBeVisible();
  await expect(again.getByRole("radio", { name: /^Keep both, mine first/ })).toBeChecked();
  await page.keyboard.press("Escape");
  await expect(again).toBeHidden();
  await expect(page.getByText("Not saved: needs merging")).toBeVisible();
  await expect(editorOf(page).body).toHaveValue(`${MINE}\n`);
  await page.getByRole("button", { name: "Resolve" }).click();
  await expect(again.getByRole("radio", { name: /^Keep both, mine first/ })).toBeChecked();
});

test("the merge base is read from the note's history when the draft could not keep it", async ({ page, makeNote, api }) => {
  const note = await makeNote(PLAN);
  await page.goto(`/notes/${note.id}`);
  await editorOf(page).body.fill(PLAN.body.replace("Thursday", "Friday"));
  // A draft stored without its base text: what the app writes when the browser's storage is nearly full.
  await page.evaluate(() => {
    for (const key of Object.keys(sessionStorage).filter((k) => k.startsWith("midair:draft:"))) {
      const draft = JSON.parse(sessionStorage.getItem(key)!) as { base: Record<string, unknown> };
      delete draft.base.title;
      delete draft.base.body;
      sessionStorage.setItem(key, JSON.stringify(draft));
    }
  });
  await api.save(note.id, { body: PLAN.body.replace("sixty-three", "seventy-three") }, "Bob");
  await reloadAccepting(page);
  const revision = page.waitForRequest((request) => request.url().endsWith(`/api/notes/${note.id}/revisions/1`));
  await editorOf(page).save.click();
  await revision;
  const dialog = page.getByRole("dialog", { name: "Merged with Bob's edit" });
  await dialog.getByRole("button", { name: "Save merged note" }).click();
  await expect(dialog).toBeHidden();
  expect((await api.current(note.id)).body).toBe(PLAN.body.replace("Thursday", "Friday").replace("sixty-three", "seventy-three"));
});

test("header, summary and progress agree: a title-only conflict says nothing merged by itself", async ({ page, makeNote, api }) => {
  const note = await makeNote({ title: "Offsite plan", body: "Bring a laptop.\n" });
  await page.goto(`/notes/${note.id}`);
  await editorOf(page).title.fill("Offsite plan v2");
  await api.save(note.id, { title: "Offsite plan draft" }, "Bob");
  await editorOf(page).save.click();
  const dialog = page.getByRole("dialog", { name: "Your edit collided with Bob's edit" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText("The title needs your choice; Bob changed nothing else.")).toBeVisible();
  await expect(dialog.getByText(/everything else merged/i)).toHaveCount(0);
  await expect(dialog.getByText("1 of 1 left")).toBeVisible();

  // The hand-edit box holds the whole title, so a new title replaces it rather than joining the kept part.
  await dialog.getByRole("radio", { name: /^Edit by hand/ }).check();
  const hand = dialog.getByRole("textbox", { name: "Your title for conflict 1" });
  await expect(hand).toHaveValue("Offsite plan v2");
  await hand.fill("Team offsite");
  await expect(dialog.getByText("0 of 1 left")).toBeVisible();
  await expect(dialog.getByText("You chose what to keep in the title that conflicted; Bob changed nothing else.")).toBeVisible();
  await dialog.getByRole("button", { name: "Review and save" }).click();
  await expect(dialog.getByRole("textbox", { name: "Merged title" })).toHaveValue("Team offsite");
  await dialog.getByRole("button", { name: "Save merged note" }).click();
  await expect(dialog).toBeHidden();
  expect((await api.current(note.id)).title).toBe("Team offsite");
});

test("a version that turns out the same as mine says so, with a button that says what it does", async ({ page, makeNote, api }) => {
  // (A first save that meets exactly its own text is taken as saved by the editor: no dialog. Here the dialog is
  // open on a conflict with Bob when Carol saves exactly Ann's text.)
  const note = await makeNote(ONE_LINE);
  const dialog = await collide(page, api, note.id, `${MINE}\n`, `${THEIRS}\n`);
  await expect(dialog.getByText("1 of 1 left")).toBeVisible();
  await api.save(note.id, { body: `${MINE}\n` }, "Carol");
  const same = page.getByRole("dialog", { name: "Version 3 is the same as yours" });
  await expect(same).toBeVisible({ timeout: 15_000 });
  await expect(same.getByRole("status").first()).toContainText("Version 3 is the same as yours. Nothing needs saving.");
  await same.getByRole("button", { name: "Use version 3: nothing to save" }).click();
  await expect(same).toBeHidden();
  await expect(editorOf(page).saved).toBeVisible();
  expect(await api.current(note.id)).toMatchObject({ body: `${MINE}\n`, version: 3 });
});

test("screen readers hear each save as a phrase, and each side's text can be found as written", async ({ page, makeNote, api }) => {
  await makeNote(); // not this note: makes sure the list below is the dialog's own
  const note = await makeNote(ONE_LINE);
  await api.save(note.id, { title: "Ideas!" }, "Hana"); // v2, before Ann opens the note
  const dialog = await collide(page, api, note.id, `${MINE}\n`, `${THEIRS}\n`);
  const saves = dialog.getByRole("list").filter({ hasText: "Bob" });
  await expect(saves).toMatchAriaSnapshot(`
    - list:
      - listitem: Bob, version 3, just now
  `);
  // Ann's side reads "sixty-five ideas" in one piece: no removed word or hidden label inside the phrase.
  const yours = dialog.getByRole("region", { name: /^Yours/ });
  const theirs = dialog.getByRole("region", { name: /^Theirs/ });
  expect(await yours.evaluate((el) => el.textContent)).toContain("Bring a laptop and sixty-five ideas.");
  expect(await theirs.evaluate((el) => el.textContent)).toContain("Bring a laptop and seventy-three ideas.");
  await expect(yours.getByRole("deletion")).toBeVisible();
  await expect(yours.getByRole("insertion")).toHaveText("five");
});

test("with three people, each conflict names whoever changed that part, not the newest saver", async ({ browser, baseURL, makeNote }) => {
  const note = await makeNote(PLAN);
  const people = await Promise.all(
    ["Ada", "Ben", "Cleo"].map(async (name) => {
      const context = await browser.newContext({ baseURL });
      return { context, page: await openTab(context, name) };
    }),
  );
  const [ada, ben, cleo] = people.map((p) => p.page) as [Page, Page, Page];
  try {
    // Cleo starts from version 1 and changes both sentences.
    await cleo.goto(`/notes/${note.id}`);
    await editorOf(cleo).body.fill(PLAN.body.replace("Thursday", "Friday").replace("sixty-three", "sixty-five"));
    // Ada saves version 2, changing the first sentence; Ben then saves version 3, changing the last one.
    await ada.goto(`/notes/${note.id}`);
    await editorOf(ada).body.fill(PLAN.body.replace("Thursday", "Monday"));
    await editorOf(ada).save.click();
    await expect(editorOf(ada).saved).toBeVisible();
    await ben.goto(`/notes/${note.id}`);
    await expect(editorOf(ben).body).toHaveValue(PLAN.body.replace("Thursday", "Monday"));
    await editorOf(ben).body.fill(PLAN.body.replace("Thursday", "Monday").replace("sixty-three", "seventy-three"));
    await editorOf(ben).save.click();
    await expect(editorOf(ben).saved).toBeVisible();

    await editorOf(cleo).save.click();
    const dialog = cleo.getByRole("dialog", { name: "Your edit collided with Ada and Ben's edits" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText("2 of 2 left")).toBeVisible();
    const first = dialog.getByRole("group", { name: /Conflict 1 of 2/ });
    await expect(first.getByText("You and Ada both changed this.")).toBeVisible();
    await expect(first.getByRole("radio", { name: /^Keep Ada's/ })).toBeVisible();
    await dialog.getByRole("button", { name: "Next", exact: true }).click();
    const second = dialog.getByRole("group", { name: /Conflict 2 of 2/ });
    await expect(second.getByText("You and Ben both changed this.")).toBeVisible();
    await second.getByRole("radio", { name: /^Keep Ben's/ }).check();
  } finally {
    for (const p of people) await p.context.close();
  }
});

test("a collision with another tab of the same browser says 'your other tab' and which: the name it saved under", async ({ person, makeNote }) => {
  const note = await makeNote(ONE_LINE);
  const other = await person("Quiet Otter");
  const ann = await person("Ann");
  await other.goto(`/notes/${note.id}`);
  await ann.goto(`/notes/${note.id}`);
  await editorOf(ann).body.fill(`${MINE}\n`);
  await editorOf(other).body.fill(`${THEIRS}\n`);
  await editorOf(other).save.click();
  await expect(editorOf(other).saved).toBeVisible();

  await ann.bringToFront();
  await editorOf(ann).save.click();
  const dialog = ann.getByRole("dialog", { name: "Your edit collided with your other tab (Quiet Otter)'s edit" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText("Your other tab (Quiet Otter) saved version 2 after you started editing version 1.", { exact: false })).toBeVisible();
  await expect(dialog.getByRole("radio", { name: /^Keep your other tab \(Quiet Otter\)'s/ })).toBeVisible();
  await expect(dialog.getByText("You and your other tab (Quiet Otter) both changed this.")).toBeVisible();
});
