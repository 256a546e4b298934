// axe on the pages this part adds: the history, recently deleted, search results and the demo's wire view.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { editorOf, expect, test } from "./fixtures";

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds nothing wrong with history, recently deleted, search and the wire view (${colorScheme})`, async ({ page, makeNote, api }) => {
    await page.emulateMedia({ colorScheme });
    const note = await makeNote({ title: "Café plan", body: "Bring sixty-three ideas.\n" });
    await api.save(note.id, { body: "Bring seventy ideas.\n" }, "Bob");
    await page.goto(`/notes/${note.id}/history?version=1`);
    await expect(page.getByRole("region", { name: /^From the current version/ })).toBeVisible();
    await expectNoViolations(page);

    await page.goto("/");
    await page.getByRole("searchbox", { name: "Search notes" }).fill("cafe");
    await expect(page.getByRole("list", { name: "Search results" })).toBeVisible();
    await expectNoViolations(page);

    const gone = await api.create({ title: "Gone plan", body: "x" });
    await api.remove(gone.id, "Zoë");
    await page.goto("/deleted");
    await expect(page.getByRole("list", { name: "Deleted notes" })).toBeVisible();
    await expectNoViolations(page);

    await page.goto(`/demo/${note.id}`);
    await editorOf(page.getByRole("region", { name: "Alice's editor" })).body.fill("Bring eighty ideas.\n");
    await editorOf(page.getByRole("region", { name: "Alice's editor" })).save.click();
    // Alice's save answered (the panes' re-read after its live event is a 200 too).
    await expect(page.getByRole("list", { name: "Requests and answers, oldest first" }).getByText("to Alice: 200 OK")).toBeVisible();
    await expectNoViolations(page);
  });
}
