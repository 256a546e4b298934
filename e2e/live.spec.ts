// Two people in two browsers on one note: each sees the other arrive, start editing and leave, and a save
// by one reaches the other within a second, over the live event stream (no poll is that fast).
import { editorOf, expect, openTab, test } from "./fixtures";

test("Bob sees Alice arrive, edit, save within a second, and leave when she closes her tab", async ({ browser, makeNote }) => {
  const note = await makeNote({ title: "Picnic", body: "Bring bread.\n" });
  const aliceBrowser = await browser.newContext();
  const bobBrowser = await browser.newContext();
  const alice = await openTab(aliceBrowser, "Alice");
  const bob = await openTab(bobBrowser, "Bob");

  await bob.goto(`/notes/${note.id}`);
  const bobSees = bob.getByRole("region", { name: "Who else is here" });
  await expect(bobSees.getByText("Live", { exact: true })).toBeVisible();
  await expect(bobSees.getByText("Nobody else has this note open")).toBeVisible();

  await alice.goto(`/notes/${note.id}`);
  await expect(bobSees.getByText("Alice is viewing")).toBeVisible();
  await expect(alice.getByRole("region", { name: "Who else is here" }).getByText("Bob is viewing")).toBeVisible();

  // Unsaved text makes her an editor for everyone else.
  await editorOf(alice).body.fill("Bring bread and cheese.\n");
  await expect(bobSees.getByText("Alice is editing")).toBeVisible();

  const saved = alice.waitForResponse((response) => response.request().method() === "PATCH" && response.url().includes(note.id));
  await editorOf(alice).save.click();
  expect((await saved).status()).toBe(200);
  await expect(bobSees.getByText("Version 2 saved by Alice")).toBeVisible({ timeout: 1_000 });
  await expect(bobSees.getByText("Alice is viewing")).toBeVisible();
  // Bob had no unsaved text: his editor shows her version (the event made it fetch at once).
  await expect(editorOf(bob).body).toHaveValue("Bring bread and cheese.\n", { timeout: 3_000 });

  // Closing the tab says goodbye: she is gone at once, not after the 30 s expiry.
  await alice.close({ runBeforeUnload: true });
  await expect(bobSees.getByText("Nobody else has this note open")).toBeVisible({ timeout: 5_000 });
  await aliceBrowser.close();
  await bobBrowser.close();
});

test("a tab that vanishes without a goodbye disappears within 30 seconds", async ({ browser, makeNote }) => {
  test.setTimeout(60_000);
  const note = await makeNote({ title: "Picnic", body: "Bring bread.\n" });
  const carolBrowser = await browser.newContext();
  const bobBrowser = await browser.newContext();
  const carol = await openTab(carolBrowser, "Carol");
  const bob = await openTab(bobBrowser, "Bob");
  await bob.goto(`/notes/${note.id}`);
  await carol.goto(`/notes/${note.id}`);
  const bobSees = bob.getByRole("region", { name: "Who else is here" });
  await expect(bobSees.getByText("Carol is viewing")).toBeVisible();

  // Her network goes, then her tab: the goodbye cannot reach the server.
  await carolBrowser.setOffline(true);
  const lost = Date.now();
  await carol.close();
  await expect(bobSees.getByText("Nobody else has this note open")).toBeVisible({ timeout: 31_000 });
  expect(Date.now() - lost).toBeGreaterThan(5_000); // it really was the expiry, not a goodbye
  await carolBrowser.close();
  await bobBrowser.close();
});

test("two tabs of one browser know of each other at once", async ({ person, makeNote }) => {
  const note = await makeNote({ title: "Picnic", body: "Bring bread.\n" });
  const first = await person("Dana");
  const second = await person("Dana");
  await first.goto(`/notes/${note.id}`);
  await second.goto(`/notes/${note.id}`);
  await expect(first.getByRole("region", { name: "Who else is here" }).getByText("Your other tab (Dana) is viewing this")).toBeVisible();
  await editorOf(second).body.fill("Bring bread and olives.\n");
  await expect(first.getByText("Your other tab (Dana) is editing this")).toBeVisible();
});

test.describe("Bob's editor reacts to Alice's save within a second", () => {
  const PLAN = { title: "Picnic", body: "Bring bread.\n\nMeet at noon by the lake.\n" };

  async function twoPeople(browser: import("@playwright/test").Browser, noteId: string) {
    const aliceBrowser = await browser.newContext();
    const bobBrowser = await browser.newContext();
    const alice = await openTab(aliceBrowser, "Alice");
    const bob = await openTab(bobBrowser, "Bob");
    await alice.goto(`/notes/${noteId}`);
    await bob.goto(`/notes/${noteId}`);
    for (const page of [alice, bob]) {
      await expect(page.getByRole("region", { name: "Who else is here" }).getByText("Live", { exact: true })).toBeVisible();
    }
    return { alice, bob, close: async () => Promise.all([aliceBrowser.close(), bobBrowser.close()]) };
  }

  async function aliceSaves(alice: import("@playwright/test").Page, body: string) {
    await editorOf(alice).body.fill(body);
    const saved = alice.waitForResponse((response) => response.request().method() === "PATCH");
    await editorOf(alice).save.click();
    expect((await saved).status()).toBe(200);
    return Date.now();
  }

  test("with no unsaved changes, his text moves to her version in place, caret kept, and says so", async ({ browser, makeNote }) => {
    const note = await makeNote(PLAN);
    const { alice, bob, close } = await twoPeople(browser, note.id);
    const bobBody = editorOf(bob).body;
    await bobBody.click();
    await bobBody.evaluate((field: HTMLTextAreaElement) => field.setSelectionRange(3, 3));

    await aliceSaves(alice, "Bring bread.\n\nMeet at one by the lake.\n");
    await expect(bob.getByText("Updated to Alice's version 2")).toBeVisible({ timeout: 1_000 });
    await expect(bobBody).toHaveValue("Bring bread.\n\nMeet at one by the lake.\n");
    // No dialog, and he is where he was: a plain new value would have put the caret at the end.
    await expect(bob.getByRole("dialog")).toHaveCount(0);
    expect(await bobBody.evaluate((field: HTMLTextAreaElement) => [field.selectionStart, field.selectionEnd])).toEqual([3, 3]);
    await expect(bobBody).toBeFocused();

    // Text she adds before his caret moves it along: he stays on the word he was at.
    const atLake = "Bring bread.\n\nMeet at one by the ".length;
    await bobBody.evaluate((field: HTMLTextAreaElement, at) => field.setSelectionRange(at, at), atLake);
    await aliceSaves(alice, "Bring bread and cheese.\n\nMeet at one by the lake.\n");
    await expect(bob.getByText("Updated to Alice's version 3")).toBeVisible({ timeout: 1_000 });
    expect(await bobBody.evaluate((field: HTMLTextAreaElement) => field.value.slice(field.selectionStart))).toBe("lake.\n");
    await close();
  });

  test("with unsaved changes, a banner at once; Merge now ends with both edits saved", async ({ browser, makeNote, api }) => {
    const note = await makeNote(PLAN);
    const { alice, bob, close } = await twoPeople(browser, note.id);
    await editorOf(bob).body.fill("Bring bread and olives.\n\nMeet at noon by the lake.\n");

    await aliceSaves(alice, "Bring bread.\n\nMeet at one by the lake.\n");
    const banner = bob.getByRole("alert").filter({ hasText: "Alice saved version 2 while you were editing" });
    await expect(banner).toBeVisible({ timeout: 1_000 });
    // His text is untouched until he decides.
    await expect(editorOf(bob).body).toHaveValue("Bring bread and olives.\n\nMeet at noon by the lake.\n");

    await banner.getByRole("button", { name: "Merge now" }).click();
    const dialog = bob.getByRole("dialog");
    await expect(dialog).toBeVisible();
    const review = dialog.getByRole("button", { name: "Review and save" });
    if (await review.isVisible()) await review.click();
    await dialog.getByRole("button", { name: "Save merged note" }).click();
    await expect(dialog).toBeHidden();
    await expect(editorOf(bob).saved).toBeVisible();
    expect(await api.current(note.id)).toMatchObject({
      version: 3, updatedBy: "Bob", body: "Bring bread and olives.\n\nMeet at one by the lake.\n",
    });
    await close();
  });

  test("the merge dialog, open, re-merges on her next save at once", async ({ browser, makeNote }) => {
    const note = await makeNote(PLAN);
    const { alice, bob, close } = await twoPeople(browser, note.id);
    await editorOf(bob).body.fill("Bring bread and olives.\n\nMeet at noon by the lake.\n");
    await aliceSaves(alice, "Bring bread.\n\nMeet at one by the lake.\n");
    await bob.getByRole("alert").filter({ hasText: "Alice saved version 2" }).getByRole("button", { name: "Merge now" }).click();
    const dialog = bob.getByRole("dialog");
    await expect(dialog).toBeVisible();
    // The dialog's fallback poll is every 3 s: within a second, only the event can have told it.
    await aliceSaves(alice, "Bring bread.\n\nMeet at one by the big lake.\n");
    await expect(dialog.getByText(/Alice saved again \(version 3\)/).first()).toBeVisible({ timeout: 1_000 });
    await close();
  });

  test("Later keeps him editing; his save still collides safely and opens the merge", async ({ browser, makeNote }) => {
    const note = await makeNote(PLAN);
    const { alice, bob, close } = await twoPeople(browser, note.id);
    await editorOf(bob).body.fill("Bring bread and olives.\n\nMeet at noon by the lake.\n");
    await aliceSaves(alice, "Bring bread.\n\nMeet at one by the lake.\n");
    const banner = bob.getByRole("alert").filter({ hasText: "Alice saved version 2 while you were editing" });
    await banner.getByRole("button", { name: "Later" }).click();
    await expect(banner).toBeHidden();
    const answer = bob.waitForResponse((response) => response.request().method() === "PATCH");
    await editorOf(bob).save.click();
    expect((await answer).status()).toBe(412);
    await expect(bob.getByRole("dialog")).toBeVisible();
    await close();
  });

  test("a delete while he edits is said at once, with the choices", async ({ browser, makeNote }) => {
    const note = await makeNote(PLAN);
    const { alice, bob, close } = await twoPeople(browser, note.id);
    await editorOf(bob).body.fill("Bring bread and olives.\n\nMeet at noon by the lake.\n");

    await alice.getByRole("button", { name: "Delete" }).click();
    await alice.getByRole("dialog", { name: "Delete “Picnic”?" }).getByRole("button", { name: "Delete note" }).click();
    const told = bob.getByRole("alert").filter({ hasText: "Alice deleted this note" });
    await expect(told).toBeVisible({ timeout: 1_000 });
    await expect(told.getByRole("button", { name: "Recreate with my text" })).toBeVisible();
    await expect(editorOf(bob).body).toHaveValue("Bring bread and olives.\n\nMeet at noon by the lake.\n");
    await close();
  });
});

test("the list shows new notes, titles, who saved last and deletions as they happen", async ({ page, api, makeNote }) => {
  await page.goto("/");
  const list = page.getByRole("region", { name: "Notes" });
  await expect(list).toBeVisible();
  // Give the list's stream a moment to open (its first answer re-reads the list).
  await page.waitForTimeout(500);

  const note = await makeNote({ title: "Live list one", body: "First.\n" }, "Alice");
  await expect(list.getByRole("link", { name: /Live list one/ })).toBeVisible({ timeout: 1_000 });
  await api.save(note.id, { title: "Live list renamed" }, "Carol");
  const renamed = list.getByRole("link", { name: /Live list renamed/ });
  await expect(renamed).toBeVisible({ timeout: 1_000 });
  await expect(renamed).toContainText("Carol");
  await api.remove(note.id, "Carol");
  await expect(renamed).toHaveCount(0, { timeout: 1_000 });
});
