// `npm run check:content`: validate content/ and print one line per problem.
import { parseContent, readContentFiles } from "@/lib/content/load-content";

const { content, problems } = parseContent(readContentFiles(process.cwd()));
if (!content) {
  for (const problem of problems) console.error(problem);
  console.error(`\n${problems.length} content problem${problems.length === 1 ? "" : "s"}; nothing was built.`);
  process.exit(1);
}
console.log(`Content is valid: ${content.pages.length} pages, ${content.cast.length} cast members, ${content.routes.length} routes.`);
