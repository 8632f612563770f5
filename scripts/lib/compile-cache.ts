// Imported first by the commands that start Astro: Astro, Vite and Rolldown are some 1,700 modules, and
// V8's compiled code for them is kept (in the system's temporary folder, where Node puts it) so that every
// build or dev server after the first skips compiling them again. It covers what is imported after it runs,
// which is all of Astro: the commands import it dynamically.
import { enableCompileCache } from 'node:module';

enableCompileCache();
