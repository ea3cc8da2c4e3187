import type { ConformanceResults, Evaluation, WcagCriterion } from "@/content/schema";

/** A manual evaluation and the content file it came from, e.g. `content/evaluations/2026-12-03-keyboard.json`. */
export interface EvaluationFile extends Evaluation {
  file: string;
}

export interface ManualRecord {
  file: string;
  title: string;
  date: string;
  method: string;
  result: Evaluation["records"][number]["result"];
  notes: string;
}

export interface CriterionEvidence {
  /** The latest complete run's counts, when any test checks the criterion. */
  tests?: ConformanceResults["criteria"][string];
  records: ManualRecord[];
}

/** What backs each criterion's term: the tests of the latest run and the manual records, by criterion id. */
export function collectEvidence(
  criteria: readonly WcagCriterion[],
  results: ConformanceResults,
  evaluations: readonly EvaluationFile[],
): Map<string, CriterionEvidence> {
  const evidence = new Map(criteria.map((criterion) => [criterion.id, { tests: results.criteria[criterion.id], records: [] as ManualRecord[] }]));
  for (const { file, title, date, method, records } of evaluations) {
    for (const { criterion, result, notes } of records) evidence.get(criterion)?.records.push({ file, title, date, method, result, notes });
  }
  return evidence;
}

/**
 * Every claim in the report needs something behind it: a criterion with neither a test in the
 * latest run nor a manual record fails the build, and so does a term its own evidence
 * contradicts. Only 4.1.1, obsolete in WCAG 2.2, needs none.
 */
export function findEvidenceProblems(
  criteriaFile: string,
  criteria: readonly WcagCriterion[],
  results: ConformanceResults,
  evaluations: readonly EvaluationFile[],
): string[] {
  const problems: string[] = [];
  const known = new Set(criteria.map((criterion) => criterion.id));
  for (const { file, records } of evaluations) {
    records.forEach(({ criterion }, index) => {
      if (!known.has(criterion)) problems.push(`${file}: records.${index}.criterion: "${criterion}" is not in ${criteriaFile}`);
    });
  }
  const evidence = collectEvidence(criteria, results, evaluations);
  criteria.forEach((criterion, index) => {
    if (criterion.obsolete) return;
    const { tests, records } = evidence.get(criterion.id)!;
    const field = `${criteriaFile}: criteria.${index}`;
    if (!tests && records.length === 0) {
      problems.push(`${field}: ${criterion.id} has no evidence: no test in the latest run checks it and no file in content/evaluations/ records it`);
      return;
    }
    const results = [...new Set(records.map((record) => record.result))];
    if (records.length > 0 && !results.includes(criterion.conformance)) {
      problems.push(`${field}.conformance: "${criterion.conformance}" for ${criterion.id} is not what its records found (${results.map((result) => `"${result}"`).join(", ")})`);
    }
    if (tests && tests.failed > 0 && criterion.conformance === "Supports") {
      problems.push(`${field}.conformance: "Supports" for ${criterion.id}, but ${tests.failed} of its tests failed`);
    }
  });
  return problems;
}
