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
  const dialog = bobPane.getByRole("dialog", { name: "Your edit collided with Alice's edit" });
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
