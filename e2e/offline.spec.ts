// The browser really offline (context.setOffline), not an aborted request: a save says so at once, keeps the
// text, and goes through by itself when the connection is back, through the same If-Match as any save.
import type { Page, Request } from "@playwright/test";
import { editorOf, expect, reloadAccepting, test } from "./fixtures";

function patchesOf(page: Page, id: string): Request[] {
  const sent: Request[] = [];
  page.on("request", (request) => {
    if (request.method() === "PATCH" && request.url().endsWith(`/api/notes/${id}`)) sent.push(request);
  });
  return sent;
}

const offlineStatus = (page: Page) => page.getByRole("status").filter({ hasText: "Offline: not saved yet" });
const savingStatus = (page: Page) => page.getByRole("status").filter({ hasText: "Saving…" });

test("saving offline says so at once and keeps the text, through a reload", async ({ page, context, makeNote, api }) => {
  const note = await makeNote();
  await page.goto(`/notes/${note.id}`);
  const editor = editorOf(page);
  await editor.body.fill("Written on the train.\n");

  await context.setOffline(true);
  // The browser says it is offline before anything is pressed.
  await expect(offlineStatus(page)).toBeVisible();
  await expect(page.getByText(/Press Save and it is saved when the connection is back/)).toBeVisible();
  await editor.save.click();
  await expect(offlineStatus(page)).toBeVisible({ timeout: 2_000 });
  await expect(page.getByText(/kept on this device and is saved by itself when the connection is back/)).toBeVisible();
  await expect(savingStatus(page)).toHaveCount(0);
  await expect(editor.save).toHaveText("Save");

  // A reload offline reaches nothing (the browser shows its own error page); the text is still in this tab.
  await reloadAccepting(page).catch(() => undefined);
  await context.setOffline(false);
  await page.goto(`/notes/${note.id}`);
  await expect(editor.body).toHaveValue("Written on the train.\n");
  // The save asked for before the reload is still owed, and is made once the page is back.
  await expect(editor.saved).toBeVisible();
  expect((await api.current(note.id)).body).toBe("Written on the train.\n");
});

test("back online, the save goes through by itself with the text as it is then", async ({ page, context, makeNote, api }) => {
  const note = await makeNote();
  await page.goto(`/notes/${note.id}`);
  const patches = patchesOf(page, note.id);
  const editor = editorOf(page);
  await editor.body.fill("First line.\n");

  await context.setOffline(true);
  await editor.save.click();
  await expect(offlineStatus(page)).toBeVisible();
  // Typed after the click: part of what is saved.
  await editor.body.pressSequentially("Second line.\n");
  await page.waitForTimeout(500);
  expect(patches).toHaveLength(0);

  await context.setOffline(false);
  await expect(editor.saved).toBeVisible();
  await expect(editor.body).toHaveValue("First line.\nSecond line.\n");
  expect(await api.current(note.id)).toMatchObject({ body: "First line.\nSecond line.\n", version: 2 });
  expect(patches).toHaveLength(1);
  expect(patches[0]!.headers()["if-match"]).toBe('"v1"');
});

test("someone else saved while I was offline: back online gives the merge dialog, not an overwrite", async ({
  page,
  context,
  makeNote,
  api,
}) => {
  const note = await makeNote({ title: "Offsite", body: "We meet on Thursday.\n" });
  await page.goto(`/notes/${note.id}`);
  const editor = editorOf(page);
  await editor.body.fill("We meet on Friday.\n");
  await context.setOffline(true);
  await editor.save.click();
  await expect(offlineStatus(page)).toBeVisible();

  await api.save(note.id, { body: "We meet on Wednesday.\n" }, "Bob");
  await context.setOffline(false);
  const dialog = page.getByRole("dialog", { name: "Your edit collided with Bob's edit" });
  await expect(dialog).toBeVisible();
  expect(await api.current(note.id)).toMatchObject({ body: "We meet on Wednesday.\n", version: 2 });
  // Both texts are in front of the person: mine from the draft, Bob's from the 412.
  await expect(dialog).toContainText("Friday");
  await expect(dialog).toContainText("Wednesday");
});

test("a server that answers 503 is tried again a few times, then the person decides", async ({ page, makeNote, api }) => {
  test.setTimeout(90_000);
  const note = await makeNote();
  await page.goto(`/notes/${note.id}`);
  const patches = patchesOf(page, note.id);
  await page.route(`**/api/notes/${note.id}`, (route) =>
    route.request().method() === "PATCH"
      ? route.fulfill({ status: 503, contentType: "application/problem+json", body: JSON.stringify({ title: "Unavailable", status: 503 }) })
      : route.continue(),
  );
  const editor = editorOf(page);
  await editor.body.fill("Persistent words.\n");
  await editor.save.click();
  await expect(editor.notSaved).toBeVisible();
  await expect(page.getByText(/The server had a problem \(503\)\. Your text is kept on this device\. Trying again in 2 seconds\./)).toBeVisible();

  // Three more tries, spaced out (2 s, 5 s, 15 s), and then it stops: no state that spins forever.
  await expect.poll(() => patches.length, { timeout: 30_000 }).toBe(4);
  await expect(page.getByText(/Trying again in/)).toHaveCount(0);
  await expect(editor.notSaved).toBeVisible();
  await page.waitForTimeout(3_000);
  expect(patches).toHaveLength(4);
  expect((await api.current(note.id)).version).toBe(1);

  await page.unroute(`**/api/notes/${note.id}`);
  await page.getByRole("button", { name: "Retry save" }).click();
  await expect(editor.saved).toBeVisible();
  expect((await api.current(note.id)).body).toBe("Persistent words.\n");
});

test("a passing 503 is retried by itself and the save lands", async ({ page, makeNote, api }) => {
  const note = await makeNote();
  await page.goto(`/notes/${note.id}`);
  let refused = 0;
  await page.route(`**/api/notes/${note.id}`, (route) => {
    if (route.request().method() !== "PATCH" || refused >= 1) return route.continue();
    refused++;
    return route.fulfill({ status: 503, contentType: "application/problem+json", body: JSON.stringify({ status: 503 }) });
  });
  const editor = editorOf(page);
  await editor.body.fill("Lands on the second try.\n");
  await editor.save.click();
  await expect(page.getByText(/Trying again in 2 seconds/)).toBeVisible();
  await expect(editor.saved).toBeVisible();
  expect((await api.current(note.id)).body).toBe("Lands on the second try.\n");
});

test("a save whose answer was lost on the way is not turned into a collision with myself", async ({ page, makeNote, api }) => {
  const note = await makeNote();
  await page.goto(`/notes/${note.id}`);
  const patches = patchesOf(page, note.id);
  let lost = 0;
  await page.route(`**/api/notes/${note.id}`, async (route) => {
    if (route.request().method() !== "PATCH" || lost >= 1) return route.continue();
    lost++;
    // The server gets the save and stores it; the browser never hears back.
    await route.fetch();
    return route.abort("connectionreset");
  });
  const editor = editorOf(page);
  await editor.body.fill("Saved once, heard never.\n");
  await editor.save.click();
  await expect(page.getByText(/Couldn't reach the server.*Trying again in 2 seconds/)).toBeVisible();
  expect((await api.current(note.id)).version).toBe(2);
  // The retry is refused (412: version 2 exists), but version 2 is exactly this text: it is saved, no dialog.
  await expect(editor.saved).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  expect(patches).toHaveLength(2);
  expect(await api.current(note.id)).toMatchObject({ body: "Saved once, heard never.\n", version: 2 });
});

test("the live mark says offline while the browser is, and Live again once it is back", async ({ page, context, makeNote }) => {
  const note = await makeNote();
  await page.goto(`/notes/${note.id}`);
  const liveMark = page.getByRole("region", { name: "Who else is here" }).getByRole("status");
  await expect(liveMark).toContainText("Live");
  await context.setOffline(true);
  await expect(liveMark).toContainText("Offline: live updates resume when you are back online", { timeout: 1_000 });
  await expect(liveMark).not.toContainText(/^Live/);
  await context.setOffline(false);
  await expect(liveMark).toContainText(/^Live/, { timeout: 10_000 });
});
