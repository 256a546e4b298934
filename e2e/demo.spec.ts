import type { Page } from "@playwright/test";
import { DEMO_STEPS } from "@/components/demo/demo-steps";
import { editorOf, expect, test } from "./fixtures";

test("the demo shows one note as Alice and Bob, and a collision is made and resolved in one window", async ({ page, api }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Open the two-person demo" }).click();
  await page.getByRole("button", { name: "Start with a fresh example note" }).click();
  await expect(page).toHaveURL(/\/demo\/[\w-]+$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;

  // The panes save as Alice and Bob: the header does not offer this tab's own name, which nobody saves as here.
  await expect(page.getByRole("banner").getByText("Two people on one page")).toBeVisible();
  await expect(page.getByRole("button", { name: /Your name in this tab/ })).toHaveCount(0);

  const alice = editorOf(page.getByRole("region", { name: "Alice's editor" }));
  const bob = editorOf(page.getByRole("region", { name: "Bob's editor" }));
  const text = await alice.body.inputValue();
  await alice.body.fill(text.replace("sixty-three", "sixty-five").replace("Thursday", "Friday"));
  await bob.body.fill(text.replace("sixty-three", "seventy-three"));
  await alice.save.click();
  await expect(alice.saved).toBeVisible();
  await bob.save.click();

  const bobPane = page.getByRole("region", { name: "Bob's editor" });
  const dialog = bobPane.getByRole("dialog", { name: "Bob's save collided with Alice's edit" });
  await expect(dialog).toBeVisible();
  // Alice's pane stays usable while Bob decides.
  await expect(alice.body).toBeEditable();
  await dialog.getByRole("radio", { name: /^Keep mine/ }).check();
  await dialog.getByRole("button", { name: "Review and save" }).click();
  await dialog.getByRole("button", { name: "Save merged note" }).click();
  await expect(dialog).toBeHidden();
  await expect(bob.saved).toBeVisible();
  const saved = await api.current(id);
  expect(saved.body).toContain("Friday");
  expect(saved.body).toContain("seventy-three");
  expect(saved.updatedBy).toBe("Bob");
  await api.remove(id, "Cleanup");
});

test("in the demo, Alice's save reaches Bob's pane as it lands: in place when he has not typed, a banner when he has", async ({ page, api }) => {
  await page.goto("/demo");
  await page.getByRole("button", { name: "Start with a fresh example note" }).click();
  await expect(page).toHaveURL(/\/demo\/[\w-]+$/);
  const alice = editorOf(page.getByRole("region", { name: "Alice's editor" }));
  const bobPane = page.getByRole("region", { name: "Bob's editor" });
  const bob = editorOf(bobPane);
  const text = await alice.body.inputValue();

  await alice.body.fill(text.replace("Thursday", "Friday"));
  await alice.save.click();
  // The slow poll would take 15 s: within a second means the live stream carried it.
  await expect(bobPane.getByText("Updated to Alice's version 2")).toBeVisible({ timeout: 1_000 });
  await expect(bob.body).toHaveValue(text.replace("Thursday", "Friday"));

  await bob.body.fill(text.replace("Thursday", "Friday").replace("sixty-three", "seventy-three"));
  await alice.body.fill(text.replace("Thursday", "Saturday"));
  await alice.save.click();
  await expect(bobPane.getByText("Alice saved version 3 while you were editing")).toBeVisible({ timeout: 1_000 });
  await api.remove(new URL(page.url()).pathname.split("/").pop()!, "Cleanup");
});

test("the demo page lists the README's steps", async ({ page }) => {
  await page.goto("/demo");
  const steps = page.getByRole("list", { name: "How to make a collision" });
  for (const step of DEMO_STEPS) await expect(steps.getByText(step)).toBeVisible();
});

/** Alice saves, then Bob collides: Bob's dialog is open. */
async function collideInDemo(page: Page) {
  await page.goto("/demo");
  await page.getByRole("button", { name: "Start with a fresh example note" }).click();
  await expect(page).toHaveURL(/\/demo\/[\w-]+$/);
  const alice = editorOf(page.getByRole("region", { name: "Alice's editor" }));
  const bob = editorOf(page.getByRole("region", { name: "Bob's editor" }));
  const text = await alice.body.inputValue();
  await alice.body.fill(text.replace("sixty-three", "sixty-five"));
  await bob.body.fill(text.replace("sixty-three", "seventy-three"));
  await alice.save.click();
  await expect(alice.saved).toBeVisible();
  await bob.save.click();
  const dialog = page.getByRole("dialog", { name: "Bob's save collided with Alice's edit" });
  await expect(dialog).toBeVisible();
  return { id: new URL(page.url()).pathname.split("/").pop()!, alice, dialog };
}

test("the demo fits a 375 px screen, with Bob's dialog open too", async ({ page, api }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/demo");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const { id, dialog } = await collideInDemo(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(375);
  await dialog.getByRole("radio", { name: /^Keep mine/ }).check();
  await dialog.getByRole("button", { name: "Review and save" }).click();
  await dialog.getByRole("button", { name: "Save merged note" }).click();
  await expect(dialog).toBeHidden();
  await api.remove(id, "Cleanup");
});

test("at 1440 px Bob's dialog has room, says it is Bob's, and Alice stays usable beside it", async ({ page, api }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const { id, alice, dialog } = await collideInDemo(page);
  const box = (await dialog.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(680); // the dialog's own width elsewhere is 768; half the page is 560
  const alicePane = (await page.getByRole("region", { name: "Alice's editor" }).boundingBox())!;
  expect(alicePane.x + alicePane.width).toBeLessThanOrEqual(box.x);
  await expect(alice.body).toBeEditable();
  await alice.body.click();
  await expect(alice.body).toBeFocused();
  await api.remove(id, "Cleanup");
});
