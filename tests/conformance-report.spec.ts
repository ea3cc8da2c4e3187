import { expect, test } from "@playwright/test";
import { loadContent } from "@/lib/content/load-content";

const { criteria, conformanceResults, strings } = loadContent();

test("the accessibility statement links to a report of every tested criterion and its latest result", async ({ page }) => {
  await page.goto("/accessibility");
  await page.getByRole("main").getByRole("link", { name: "accessibility test report" }).click();
  await expect(page).toHaveURL(/\/accessibility\/report$/);

  const table = page.getByRole("table", { name: strings.conformanceReport.caption });
  await expect(table.getByRole("columnheader")).toHaveText([
    strings.conformanceReport.criterionHeader,
    strings.conformanceReport.levelHeader,
    strings.conformanceReport.methodHeader,
    strings.conformanceReport.resultHeader,
  ]);
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(criteria.length);
  for (const [index, criterion] of criteria.entries()) {
    const row = rows.nth(index);
    await expect(row.getByRole("rowheader")).toHaveText(`${criterion.id} ${criterion.title}`);
    const result = conformanceResults.criteria[criterion.id];
    const expected = !result
      ? strings.conformanceReport.notTested
      : result.failed > 0
        ? /^Failed/
        : strings.conformanceReport.passed.replace("{passed}", String(result.passed));
    await expect(row.locator("td").last()).toHaveText(expected);
  }
});
