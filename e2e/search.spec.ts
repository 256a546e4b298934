// Searching the notes from the list: the server's matches, marked, and a clear word when nothing matches.
import { expect, test } from "./fixtures";

test("search finds a note by a word of its text, ignoring accents and case, and not by a word it lacks", async ({ page, makeNote }) => {
  const tag = `quokka${Date.now().toString(36)}`;
  const note = await makeNote({ title: `Lunch ${tag}`, body: "We meet at the Café de Flore on the corner.\n" });
  await page.goto("/");
  const search = page.getByRole("searchbox", { name: "Search notes" });

  await search.fill(`cafe ${tag}`);
  const results = page.getByRole("list", { name: "Search results" });
  await expect(results.getByRole("link")).toHaveCount(1);
  await expect(results.getByRole("link")).toHaveAttribute("href", `/notes/${note.id}`);
  await expect(results.locator("mark").filter({ hasText: "Café" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: `1 note match “cafe ${tag}”.` })).toBeVisible();

  await search.fill(`${tag} pineapple`);
  await expect(page.getByText(`No notes match “${tag} pineapple”.`)).toBeVisible();
  await expect(results).toHaveCount(0);

  await search.fill("");
  await expect(page.getByRole("link", { name: new RegExp(`^Lunch ${tag}`) })).toBeVisible();
  await expect(page.getByRole("list", { name: "Search results" })).toHaveCount(0);
});
