import { main } from './lanewise';

process.exitCode = main(process.argv.slice(2));
