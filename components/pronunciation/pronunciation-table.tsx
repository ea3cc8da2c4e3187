import type { Content } from "@/lib/content/load-content";

export function PronunciationTable({ pronunciations, strings }: Pick<Content, "pronunciations" | "strings">) {
  const labels = strings.pronunciationTable;
  return (
    <div className="table-scroll" role="region" aria-labelledby="pronunciation-caption" tabIndex={0}>
      <table>
        <caption id="pronunciation-caption">{labels.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.writtenHeader}</th>
            <th scope="col">{labels.respellingHeader}</th>
            <th scope="col">{labels.languageHeader}</th>
          </tr>
        </thead>
        <tbody>
          {pronunciations.map((entry) => (
            <tr key={entry.written}>
              <th scope="row" lang={entry.languageTag}>
                {entry.written}
              </th>
              <td>{entry.respelling ?? labels.noRespelling}</td>
              <td>{entry.language}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
