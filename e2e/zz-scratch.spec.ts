import { editorOf, expect, test } from "./fixtures";
test("scratch", async ({ page }) => {
  for (const width of [375, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/demo");
    await page.screenshot({ path: `/tmp/md-demo-index-${width}.png`, fullPage: true });
    console.log(width, "index", await page.evaluate(() => document.documentElement.scrollWidth));
  }
  await page.getByRole("button", { name: "Start with a fresh example note" }).click();
  await expect(page).toHaveURL(/\/demo\/[\w-]+$/);
  for (const width of [375, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(300);
    console.log(width, "demo", await page.evaluate(() => {
      const w = document.documentElement.clientWidth;
      return [document.documentElement.scrollWidth, [...document.querySelectorAll("*")].filter(e => e.getBoundingClientRect().right > w + 1).slice(0, 8).map(e => e.tagName + "." + (e.className?.toString?.() ?? "").slice(0, 60) + " " + Math.round(e.getBoundingClientRect().right))];
    }));
  }
  const alice = editorOf(page.getByRole("region", { name: "Alice's editor" }));
  const bob = editorOf(page.getByRole("region", { name: "Bob's editor" }));
  const text = await alice.body.inputValue();
  await alice.body.fill(text.replace("sixty-three", "sixty-five").replace("Thursday", "Friday"));
  await bob.body.fill(text.replace("sixty-three", "seventy-three"));
  await alice.save.click();
  await expect(alice.saved).toBeVisible();
  await bob.save.click();
  await expect(page.getByRole("dialog")).toBeVisible();
  for (const width of [1440, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(400);
    await page.screenshot({ path: `/tmp/md-demo-dialog-${width}.png` });
    console.log(width, "dialog", await page.evaluate(() => document.documentElement.scrollWidth));
  }
});
