/** Every dialect module at once, synchronously: for the command line (Node), never the app. */
export { dialectById } from '../dialects/all.ts';
