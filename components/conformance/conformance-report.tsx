import type { ReactNode } from "react";
import { conformanceTerms, type WcagCriterion } from "@/content/schema";
import { collectEvidence, type CriterionEvidence } from "@/lib/conformance/criterion-evidence";
import type { Content } from "@/lib/content/load-content";

const levels = ["A", "AA", "AAA"] as const;

const formatDate = (isoDate: string) =>
  new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(new Date(isoDate));

type Labels = Content["strings"]["conformanceReport"];

/**
 * Every WCAG 2.2 success criterion in the form of an ITI VPAT / Accessibility Conformance
 * Report: one table per level with the conformance term, remarks, and the evidence behind it,
 * both the latest complete test run's counts and the manual evaluations in content/evaluations/.
 */
export function ConformanceReport({
  criteria,
  conformanceResults,
  evaluations,
  strings,
}: Pick<Content, "criteria" | "conformanceResults" | "evaluations" | "strings">) {
  const labels = strings.conformanceReport;
  const evidence = collectEvidence(criteria, conformanceResults, evaluations);
  return (
    <>
      <section aria-labelledby="conformance-run-heading">
        <h2 id="conformance-run-heading">{labels.testRunHeading}</h2>
        <p>{labels.testedOn.replace("{date}", formatDate(conformanceResults.testedOn))}</p>
        <p>{describeCommit(conformanceResults, labels)}</p>
        <p>{describeTools(conformanceResults, labels)}</p>
      </section>
      <section aria-labelledby="conformance-summary-heading">
        <h2 id="conformance-summary-heading">{labels.summaryHeading}</h2>
        <ReportTable id="conformance-summary" caption={labels.summaryCaption}>
          <thead>
            <tr>
              <th scope="col">{labels.termHeader}</th>
              {levels.map((level) => (
                <th scope="col" key={level}>
                  {labels.levelHeading.replace("{level}", level)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {conformanceTerms.map((term) => (
              <tr key={term}>
                <th scope="row">{term}</th>
                {levels.map((level) => (
                  <td key={level}>{countCriteria(criteria, level, term, labels)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </ReportTable>
      </section>
      {levels.map((level) => (
        <section key={level} aria-labelledby={`conformance-level-${level}`}>
          <h2 id={`conformance-level-${level}`}>{labels.levelHeading.replace("{level}", level)}</h2>
          <ReportTable id={`conformance-table-${level}`} caption={labels.levelCaption.replace("{level}", level)}>
            <thead>
              <tr>
                <th scope="col">{labels.criterionHeader}</th>
                <th scope="col">{labels.conformanceHeader}</th>
                <th scope="col">{labels.remarksHeader}</th>
                <th scope="col">{labels.evidenceHeader}</th>
              </tr>
            </thead>
            <tbody>
              {criteria
                .filter((criterion) => criterion.level === level)
                .map((criterion) => (
                  <tr key={criterion.id}>
                    <th scope="row">
                      {criterion.id} {criterion.title}
                    </th>
                    <td>{criterion.conformance}</td>
                    <td>{criterion.remarks}</td>
                    <td>
                      <Evidence criterion={criterion} evidence={evidence.get(criterion.id)!} labels={labels} />
                    </td>
                  </tr>
                ))}
            </tbody>
          </ReportTable>
        </section>
      ))}
      <section aria-labelledby="conformance-evaluations-heading">
        <h2 id="conformance-evaluations-heading">{labels.evaluationsHeading}</h2>
        {evaluations.map((evaluation) => (
          <section key={evaluation.file} aria-labelledby={evaluationHeadingId(evaluation.file)}>
            <h3 id={evaluationHeadingId(evaluation.file)}>{evaluation.title}</h3>
            <p>{labels.evaluationDate.replace("{date}", formatDate(evaluation.date))}</p>
            <p>{evaluation.method}</p>
          </section>
        ))}
      </section>
    </>
  );
}

/** "3 of 24": how many of a level's criteria have the term. */
function countCriteria(criteria: readonly WcagCriterion[], level: WcagCriterion["level"], term: WcagCriterion["conformance"], labels: Labels) {
  const ofLevel = criteria.filter((criterion) => criterion.level === level);
  const count = ofLevel.filter((criterion) => criterion.conformance === term).length;
  return labels.summaryCount.replace("{count}", String(count)).replace("{total}", String(ofLevel.length));
}

/** content/evaluations/2026-12-03-keyboard.json → evaluation-2026-12-03-keyboard */
const evaluationHeadingId = (file: string) => `evaluation-${file.replace(/^.*\//, "").replace(/\.json$/, "")}`;

function describeTools({ testedWith }: Content["conformanceResults"], labels: Labels) {
  if (!testedWith) return labels.noTools;
  const tools = new Intl.ListFormat("en-GB", { type: "conjunction" }).format(testedWith.map(({ tool, version }) => `${tool} ${version}`));
  return labels.testedWith.replace("{tools}", tools);
}

function describeCommit({ commit, uncommittedChanges }: Content["conformanceResults"], labels: Labels) {
  if (!commit) return labels.noCommit;
  const tested = labels.commit.replace("{commit}", commit);
  return uncommittedChanges ? `${tested} ${labels.uncommittedChanges}` : tested;
}

function ReportTable({ id, caption, children }: { id: string; caption: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table>
        <caption id={`${id}-caption`}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

function Evidence({ criterion, evidence, labels }: { criterion: WcagCriterion; evidence: CriterionEvidence; labels: Labels }) {
  if (criterion.obsolete) return <p>{labels.obsolete}</p>;
  const { tests, records } = evidence;
  return (
    <>
      {(tests ?? criterion.tests) && (
        <p>
          {tests ? labels.testsPassed.replace("{passed}", String(tests.passed)).replace("{failed}", String(tests.failed)) : labels.testsNotYetRun}
          {criterion.tests && ` ${criterion.tests}`}
        </p>
      )}
      {records.map((record) => (
        <p key={record.file}>
          {labels.manualRecord.replace("{title}", record.title).replace("{date}", formatDate(record.date))} {record.notes}
        </p>
      ))}
    </>
  );
}
