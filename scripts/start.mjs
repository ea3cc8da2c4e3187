// `npm start`: serve the production build, building it first when there is none.
import { execSync } from "node:child_process";
import fs from "node:fs";

if (!fs.existsSync(".next/BUILD_ID")) execSync("npm run build", { stdio: "inherit" });
execSync(`npx next start --port ${process.env.PORT ?? 3000}`, { stdio: "inherit" });
