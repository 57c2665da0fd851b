/** Serves the built site (dist/) locally: `npm run serve`, or `npm start` after a build. */
import { startStaticServer } from './static-server.ts';

const port = Number(process.env.PORT ?? 4321);
const server = await startStaticServer('dist', port);
console.log(`济宁商标品牌数字展厅 is served at ${server.origin}/ (English: ${server.origin}/en/)`);
console.log('Press Ctrl+C to stop.');
