// A build for scripts/profile-content.mjs only: the production build, not minified, in its own
// folder (function names readable in a CPU profile). `npx wxt build -c scripts/wxt.profile.config.ts`
import config from '../wxt.config';

export default {
  ...config,
  outDirTemplate: 'profile-{{browser}}-mv{{manifestVersion}}',
  vite: () => ({ build: { minify: false } }),
};
