import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { editorOf, expect, test } from "./fixtures";

const PLAN = {
  title: "Offsite",
  body: "We meet on Thursday at nine in the large room.\nLunch is at half past twelve.\n\nBring a laptop and sixty-three ideas.\n",
};

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds nothing wrong with the editor and the merge dialog (${colorScheme})`, async ({ page, makeNote, api }) => {
    await page.emulateMedia({ colorScheme });
    const note = await makeNote(PLAN);
    await page.goto("/");
    await expectNoViolations(page);
    await page.goto(`/notes/${note.id}`);
    await editorOf(page).body.fill(PLAN.body.replace("Thursday", "Friday").replace("sixty-three", "sixty-five"));
    await expectNoViolations(page);
    await api.save(note.id, { body: PLAN.body.replace("nine", "ten").replace("sixty-three", "seventy-three") }, "Bob");
    await editorOf(page).save.click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: /Show the original/ }).click();
    await expectNoViolations(page);
    await dialog.getByRole("radio", { name: /^Keep mine/ }).check();
    await dialog.getByRole("button", { name: "Next", exact: true }).click();
    await dialog.getByRole("radio", { name: /^Edit by hand/ }).check();
    await expectNoViolations(page);
    await dialog.getByRole("button", { name: "Review and save" }).click();
    await expectNoViolations(page);
  });
}

test("the whole collision is resolved with the keyboard alone", async ({ page, makeNote, api }) => {
  const note = await makeNote(PLAN);
  await page.goto(`/notes/${note.id}`);
  const body = editorOf(page).body;
  // Tab from the top of the page to the note text.
  for (let i = 0; i < 30 && !(await body.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(body).toBeFocused();
  await page.keyboard.press("Control+End");
  await page.keyboard.type("See you there.\n");
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.press("Shift+End");
  await page.keyboard.type("We meet on Friday at nine in the large room.");

  await api.save(note.id, { body: PLAN.body.replace("Thursday", "Monday") }, "Bob");
  await page.keyboard.press("Control+s");
  const dialog = page.getByRole("dialog", { name: "Your edit collided with Bob's edit" });
  await expect(dialog).toBeVisible();
  // Focus is inside the dialog; Tab reaches the choices, arrows move between them.
  const radios = dialog.getByRole("radio");
  for (let i = 0; i < 30 && !(await radios.first().evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(radios.first()).toBeFocused();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  await expect(dialog.getByRole("radio", { name: /^Keep Bob's/ })).toBeChecked();
  await expect(dialog.getByRole("status").first()).toContainText("All conflicts resolved");

  // Escape keeps everything; the Resolve button brings it back.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  const resolve = page.getByRole("button", { name: "Resolve" });
  for (let i = 0; i < 30 && !(await resolve.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Shift+Tab");
  }
  await page.keyboard.press("Enter");
  await expect(dialog.getByRole("radio", { name: /^Keep Bob's/ })).toBeChecked();

  await page.keyboard.press("Control+s"); // on to the review
  await expect(dialog.getByRole("heading", { name: "Check the merged note" })).toBeFocused();
  await page.keyboard.press("Control+s"); // and save
  await expect(dialog).toBeHidden();
  await expect(editorOf(page).saved).toBeVisible();
  expect((await api.current(note.id)).body).toBe(PLAN.body.replace("Thursday", "Monday") + "See you there.\n");
});

test("the dialog works on a 375 px wide screen", async ({ page, makeNote, api }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const note = await makeNote(PLAN);
  await page.goto(`/notes/${note.id}`);
  await editorOf(page).body.fill(PLAN.body.replace("sixty-three", "sixty-five"));
  await api.save(note.id, { body: PLAN.body.replace("sixty-three", "seventy-three") }, "Bob");
  await editorOf(page).save.click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.width).toBeLessThanOrEqual(375);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await dialog.getByRole("radio", { name: /^Keep both, mine first/ }).check();
  await dialog.getByRole("button", { name: "Review and save" }).click();
  await dialog.getByRole("button", { name: "Save merged note" }).click();
  await expect(dialog).toBeHidden();
  expect((await api.current(note.id)).body).toContain("sixty-five ideas.\nBring a laptop and seventy-three");
});

test("with the keyboard alone, focus stays on a meaningful control of the dialog from conflict to conflict", async ({ page, makeNote, api }) => {
  const note = await makeNote(PLAN);
  await page.goto(`/notes/${note.id}`);
  await editorOf(page).body.fill(PLAN.body.replace("Thursday", "Friday").replace("sixty-three", "sixty-five"));
  await api.save(note.id, { body: PLAN.body.replace("Thursday", "Monday").replace("sixty-three", "seventy-three") }, "Bob");
  await editorOf(page).body.focus();
  await page.keyboard.press("Control+s");
  const dialog = page.getByRole("dialog", { name: "Your edit collided with Bob's edit" });
  await expect(dialog).toBeVisible();
  const inDialog = () => dialog.evaluate((el) => el.contains(document.activeElement) && document.activeElement !== el);

  // The unchecked group is reached with Tab, and a visible hint says how to move inside it.
  const group = dialog.getByRole("radiogroup", { name: "Conflict 1 of 2: what to keep" });
  await expect(dialog.getByText(/Tab moves to the choices, the arrow keys/)).toBeVisible();
  for (let i = 0; i < 30 && !(await group.evaluate((el) => el.contains(document.activeElement))); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(group.getByRole("radio", { name: /^Keep mine/ })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(group.getByRole("radio", { name: /^Keep Bob's/ })).toBeChecked();

  // "Next undecided conflict" goes away once it is used: focus moves to that conflict's choices.
  const nextUndecided = dialog.getByRole("button", { name: "Next undecided conflict" });
  for (let i = 0; i < 30 && !(await nextUndecided.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Enter");
  await expect(nextUndecided).toHaveCount(0);
  await expect(dialog.getByRole("radiogroup", { name: "Conflict 2 of 2: what to keep" }).getByRole("radio").first()).toBeFocused();
  expect(await inDialog()).toBe(true);

  // Previous and next at the ends keep the focus too.
  const previous = dialog.getByRole("button", { name: "Previous", exact: true });
  await previous.focus();
  await page.keyboard.press("Enter");
  await expect(dialog.getByRole("group", { name: /Conflict 1 of 2/ })).toBeVisible();
  await expect(previous).toBeFocused();
  await page.keyboard.press("Enter"); // already at the first: nothing happens, focus stays
  await expect(previous).toBeFocused();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
});
