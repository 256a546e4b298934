// README screenshots: `SCREENSHOTS=1 npx playwright test screenshots` writes them to docs/screenshots/.
import type { Page } from "@playwright/test";
import { editorOf, expect, test } from "./fixtures";
import { DEMO_NOTE } from "@/lib/notes/example-notes";

test.skip(!process.env.SCREENSHOTS, "set SCREENSHOTS=1 to refresh the README screenshots");


const suffix = (scheme: string) => (scheme === "dark" ? "-dark" : "");

for (const scheme of ["light", "dark"] as const) {
  test(`screenshots (${scheme})`, async ({ page, makeNote, api }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 860 });
    const note = await makeNote(DEMO_NOTE, "Alice");
    await page.addInitScript(() => sessionStorage.setItem("midair:editor-name", "Bob"));
    await page.goto(`/notes/${note.id}`);
    await editorOf(page).body.fill(DEMO_NOTE.body.replace("sixty-three", "seventy-three").replace("half past twelve", "one"));
    await shoot(page, `editor${suffix(scheme)}.png`);

    await api.save(note.id, { body: DEMO_NOTE.body.replace("sixty-three", "sixty-five").replace("Thursday", "Friday") }, "Alice");
    await editorOf(page).save.click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await page.getByRole("button", { name: /Show the original/ }).click();
    await shoot(page, `merge-dialog${suffix(scheme)}.png`);

    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/demo/${note.id}`);
    const alice = editorOf(page.getByRole("region", { name: "Alice's editor" }));
    const bob = editorOf(page.getByRole("region", { name: "Bob's editor" }));
    const text = await alice.body.inputValue();
    await alice.body.fill(text.replace("third floor", "fourth floor"));
    await bob.body.fill(text.replace("third floor", "ground floor"));
    await alice.save.click();
    await expect(alice.saved).toBeVisible();
    await bob.save.click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await shoot(page, `demo${suffix(scheme)}.png`);
  });
}

async function shoot(page: Page, name: string) {
  await page.waitForTimeout(350); // let the dialog's entrance animation finish
  await page.screenshot({ path: `docs/screenshots/${name}`, animations: "disabled" });
}
