import type { Content } from "@/lib/content/load-content";

/** The latest test run's result for each success criterion, as a table with real headers. */
export function ConformanceReport({ criteria, conformanceResults, strings }: Pick<Content, "criteria" | "conformanceResults" | "strings">) {
  const labels = strings.conformanceReport;
  const testedOn = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(new Date(conformanceResults.testedOn));
  const resultOf = (id: string) => {
    const result = conformanceResults.criteria[id];
    if (!result) return labels.notTested;
    if (result.failed > 0) return labels.failed.replace("{failed}", String(result.failed)).replace("{total}", String(result.passed + result.failed));
    return labels.passed.replace("{passed}", String(result.passed));
  };
  return (
    <section aria-labelledby="conformance-results-heading">
      <h2 id="conformance-results-heading">{labels.heading}</h2>
      <p>{labels.testedOn.replace("{date}", testedOn)}</p>
      <div className="table-scroll" role="region" aria-labelledby="conformance-caption" tabIndex={0}>
        <table>
          <caption id="conformance-caption">{labels.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.criterionHeader}</th>
              <th scope="col">{labels.levelHeader}</th>
              <th scope="col">{labels.methodHeader}</th>
              <th scope="col">{labels.resultHeader}</th>
            </tr>
          </thead>
          <tbody>
            {criteria.map((criterion) => (
              <tr key={criterion.id}>
                <th scope="row">
                  {criterion.id} {criterion.title}
                </th>
                <td>{criterion.level}</td>
                <td>{criterion.method}</td>
                <td>{resultOf(criterion.id)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
