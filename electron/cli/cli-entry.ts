import { main } from './lanewise';

process.exitCode = await main(process.argv.slice(2));
