import { expect, test } from "@playwright/test";
import { conformanceTerms } from "@/content/schema";
import { collectEvidence } from "@/lib/conformance/criterion-evidence";
import { loadContent } from "@/lib/content/load-content";

const { criteria, conformanceResults, evaluations, strings } = loadContent();
const labels = strings.conformanceReport;
const evidence = collectEvidence(criteria, conformanceResults, evaluations);
const levels = ["A", "AA", "AAA"] as const;

test("the accessibility statement links to a report of every WCAG 2.2 criterion, its term and its evidence", async ({ page }) => {
  await page.goto("/accessibility");
  await page.getByRole("main").getByRole("link", { name: "accessibility conformance report" }).first().click();
  await expect(page).toHaveURL(/\/accessibility\/report$/);

  const run = page.getByRole("region", { name: labels.testRunHeading });
  const testedOn = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(new Date(conformanceResults.testedOn));
  await expect(run).toContainText(labels.testedOn.replace("{date}", testedOn));
  await expect(run).toContainText(conformanceResults.commit ?? labels.noCommit);

  let rowCount = 0;
  for (const level of levels) {
    const table = page.getByRole("table", { name: labels.levelCaption.replace("{level}", level) });
    await expect(table.getByRole("columnheader")).toHaveText([labels.criterionHeader, labels.conformanceHeader, labels.remarksHeader, labels.evidenceHeader]);
    const levelCriteria = criteria.filter((criterion) => criterion.level === level);
    const rows = table.locator("tbody tr");
    await expect(rows).toHaveCount(levelCriteria.length);
    for (const [index, criterion] of levelCriteria.entries()) {
      const row = rows.nth(index);
      await expect(row.getByRole("rowheader")).toHaveText(`${criterion.id} ${criterion.title}`);
      const [term, remarks, verified] = [row.locator("td").nth(0), row.locator("td").nth(1), row.locator("td").nth(2)];
      await expect(term).toHaveText(criterion.conformance);
      await expect(remarks).toHaveText(criterion.remarks);
      const { tests, records } = evidence.get(criterion.id)!;
      if (tests) await expect(verified).toContainText(labels.testsPassed.replace("{passed}", String(tests.passed)).replace("{failed}", String(tests.failed)));
      for (const record of records) await expect(verified).toContainText(record.notes);
      if (!criterion.obsolete) expect(tests ?? records[0], `${criterion.id} has evidence`).toBeTruthy();
    }
    rowCount += levelCriteria.length;
  }
  // WCAG 2.2 has 87 numbered success criteria, 4.1.1 among them though obsolete.
  expect(rowCount).toBe(87);

  const summary = page.getByRole("table", { name: labels.summaryCaption });
  for (const term of conformanceTerms) {
    const counts = levels.map((level) => {
      const ofLevel = criteria.filter((criterion) => criterion.level === level);
      const count = ofLevel.filter((criterion) => criterion.conformance === term).length;
      return labels.summaryCount.replace("{count}", String(count)).replace("{total}", String(ofLevel.length));
    });
    const row = summary.getByRole("row").filter({ has: page.getByRole("rowheader", { name: term, exact: true }) });
    await expect(row.getByRole("cell")).toHaveText(counts);
  }
  // Only a complete green run is published, so no failed check appears anywhere in the report.
  await expect(page.getByRole("main")).not.toContainText(/[1-9]\d* failed/);
});
