// README screenshots of the history page and the demo's wire view, wide and at 375 px:
// `SCREENSHOTS=1 npx playwright test history-screenshots` writes them to docs/screenshots/.
import type { Page } from "@playwright/test";
import { editorOf, expect, test } from "./fixtures";
import { DEMO_NOTE } from "@/lib/notes/example-notes";

test.skip(!process.env.SCREENSHOTS, "set SCREENSHOTS=1 to refresh the README screenshots");

const SIZES = [
  { suffix: "", width: 1440, height: 900 },
  { suffix: "-375", width: 375, height: 812 },
] as const;

for (const size of SIZES) {
  test(`history and wire view screenshots (${size.width} px)`, async ({ page, makeNote, api }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    const note = await makeNote(DEMO_NOTE, "Alice");
    await api.save(note.id, { body: DEMO_NOTE.body.replace("sixty-three", "sixty-five").replace("Thursday", "Friday") }, "Bob");
    await api.save(note.id, { body: DEMO_NOTE.body.replace("sixty-three", "seventy").replace("Thursday", "Friday").replace("third floor", "ground floor") }, "Alice");
    await page.goto(`/notes/${note.id}/history?version=2`);
    await expect(page.getByRole("region", { name: "What version 2 changed from version 1" })).toBeVisible();
    await shoot(page, `history${size.suffix}.png`, size.width < 600);

    await page.goto(`/demo/${note.id}`);
    const alice = editorOf(page.getByRole("region", { name: "Alice's editor" }));
    const bob = editorOf(page.getByRole("region", { name: "Bob's editor" }));
    const text = await alice.body.inputValue();
    await alice.body.fill(text.replace("seventy", "eighty"));
    await bob.body.fill(text.replace("seventy", "ninety"));
    await page.getByRole("button", { name: "Save both at once" }).click();
    const wire = page.getByRole("list", { name: "Requests and answers, oldest first" });
    await expect(wire.getByRole("listitem").filter({ hasText: "412 Precondition Failed" })).toHaveCount(1);
    await page.getByRole("checkbox", { name: "Show reads (GET)" }).uncheck();
    await wire.getByText("Problem details (412)").click();
    const section = page.getByRole("region", { name: "On the wire" });
    await section.scrollIntoViewIfNeeded();
    await page.waitForTimeout(350);
    await section.screenshot({ path: `docs/screenshots/wire-view${size.suffix}.png`, animations: "disabled" });
  });
}

async function shoot(page: Page, name: string, fullPage: boolean) {
  await page.waitForTimeout(350);
  await page.screenshot({ path: `docs/screenshots/${name}`, animations: "disabled", fullPage });
}
