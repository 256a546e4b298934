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
