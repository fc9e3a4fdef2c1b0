/** Entry point of `npm run review`: see main.ts. */
import { main } from "./main";

process.exitCode = main(process.argv.slice(2));
