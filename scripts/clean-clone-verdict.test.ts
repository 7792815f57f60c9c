import { describe, expect, it } from 'vitest';
import { dirtyFiles, unreviewedInstallScripts } from './clean-clone-verdict.mjs';

// Recorded from `npm install` (npm 11.19) in a clean clone before package.json had an allowScripts field.
const NPM_WARNINGS = `added 815 packages in 35s
npm warn install-scripts 3 packages have install scripts not yet covered by allowScripts:
npm warn install-scripts   @serialport/bindings-cpp@13.0.0 (install: node-gyp-build)
npm warn install-scripts   better-sqlite3@13.2.0 (install: node-gyp rebuild)
npm warn install-scripts   es5-ext@0.10.64 (postinstall:  node -e "try{require('./_postinstall')}catch(e){}" || exit 0)
npm warn install-scripts
npm warn install-scripts Run \`npm install-scripts ls\` to review, or \`npm install-scripts approve <pkg>\` to allow.`;

describe('unreviewedInstallScripts', () => {
  it('names each package npm lists, scoped ones included', () => {
    expect(unreviewedInstallScripts(NPM_WARNINGS)).toEqual(['@serialport/bindings-cpp', 'better-sqlite3', 'es5-ext']);
  });
  it('finds nothing when every package is covered', () => {
    expect(unreviewedInstallScripts('added 815 packages in 35s\n')).toEqual([]);
  });
});

describe('dirtyFiles', () => {
  it('lists modified and untracked files', () => {
    expect(dirtyFiles(' M package-lock.json\n?? stray.txt\n')).toEqual(['package-lock.json', 'stray.txt']);
  });
  it('is empty for a clean tree', () => {
    expect(dirtyFiles('')).toEqual([]);
  });
});
