// The demo's wire view: the panes' real requests and answers, a 412 with its problem body, and two saves that
// truly cross in mid-air.
import type { Page } from "@playwright/test";
import { editorOf, expect, test } from "./fixtures";

async function startDemo(page: Page) {
  await page.goto("/demo");
  await page.getByRole("button", { name: "Start with a fresh example note" }).click();
  await expect(page).toHaveURL(/\/demo\/[\w-]+$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const alice = editorOf(page.getByRole("region", { name: "Alice's editor" }));
  const bob = editorOf(page.getByRole("region", { name: "Bob's editor" }));
  const text = await alice.body.inputValue();
  await alice.body.fill(text.replace("sixty-three", "sixty-five"));
  await bob.body.fill(text.replace("sixty-three", "seventy-three"));
  const wire = page.getByRole("list", { name: "Requests and answers, oldest first" });
  return { id, alice, bob, wire };
}

test("the wire view lists each save with its If-Match, and the 412 with its problem body", async ({ page, api }) => {
  const { id, alice, bob, wire } = await startDemo(page);
  const version = (await api.current(id)).version;
  await alice.save.click();
  await expect(alice.saved).toBeVisible();
  await bob.save.click();
  await expect(page.getByRole("region", { name: "Bob's editor" }).getByRole("dialog")).toBeVisible();

  await expect(wire.getByRole("listitem").first()).toContainText("+0 ms");
  const saves = wire.getByRole("listitem").filter({ hasText: `PATCH /api/notes/${id}` });
  await expect(saves).toHaveCount(2);
  await expect(saves.nth(0)).toContainText(`Alice → to the server: PATCH /api/notes/${id} (If-Match: "v${version}")`);
  await expect(saves.nth(0)).toContainText(`Server → to Alice: 200 OK, ETag: "v${version + 1}"`);
  await expect(saves.nth(1)).toContainText(`Bob → to the server: PATCH /api/notes/${id} (If-Match: "v${version}")`);
  await expect(saves.nth(1)).toContainText(`Server → to Bob: 412 Precondition Failed, ETag: "v${version + 1}"`);

  await saves.nth(1).getByText("Problem details (412)").click();
  await expect(saves.nth(1).locator("pre")).toContainText('"type": "/problems/precondition-failed"');
  await expect(saves.nth(1).locator("pre")).toContainText('"author": "Alice"');

  // The explanation links to the problem pages, and the whole view can be hidden.
  await expect(page.getByRole("link", { name: "About 412" })).toHaveAttribute("href", "/problems/precondition-failed");
  await page.getByRole("button", { name: "Hide the wire view" }).click();
  await expect(wire).toBeHidden();
  await page.getByRole("button", { name: "Show the wire view" }).click();
  await expect(wire).toBeVisible();
  await api.remove(id, "Cleanup");
});

test("Save both at once sends both saves together: exactly one 200 and one 412, then a merge dialog", async ({ page, api }) => {
  const { id, wire } = await startDemo(page);
  const version = (await api.current(id)).version;
  await page.getByRole("button", { name: "Save both at once" }).click();

  const saves = wire.getByRole("listitem").filter({ hasText: "PATCH" });
  await expect(saves.filter({ hasText: "412 Precondition Failed" })).toHaveCount(1);
  await expect(saves.filter({ hasText: "200 OK" })).toHaveCount(1);
  await expect(saves).toHaveCount(2);
  // Both left with the same If-Match, before either answer came back: they crossed in mid-air.
  await expect(saves.filter({ hasText: `If-Match: "v${version}"` })).toHaveCount(2);
  const times = await saves.evaluateAll((items) => items.map((item) => Number(/\+(\d+) ms/.exec(item.textContent ?? "")?.[1])));
  expect(Math.abs(times[1]! - times[0]!)).toBeLessThan(100);

  // Whoever lost gets the merge dialog; the server took exactly one of the two saves.
  await expect(page.getByRole("dialog", { name: /^(Alice|Bob)'s save collided with (Alice|Bob)'s edit$/ })).toBeVisible();
  expect((await api.current(id)).version).toBe(version + 1);
  await api.remove(id, "Cleanup");
});

test("Save both at once says so when a pane has nothing to save", async ({ page }) => {
  await page.goto("/demo");
  await page.getByRole("button", { name: "Start with a fresh example note" }).click();
  await page.getByRole("button", { name: "Save both at once" }).click();
  await expect(page.getByText("Alice and Bob have nothing to save: change the text in both panes first.")).toBeVisible();
});
