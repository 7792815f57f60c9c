// Pure judgements for scripts/clean-clone.mjs (issue 13): what a newcomer's `git clone` + `npm install` left
// behind. Kept apart from the script so unit tests can feed them recorded npm and git output.

/**
 * Packages whose install scripts npm skipped without the project having decided about them. npm 11 blocks
 * dependency install scripts unless package.json's `allowScripts` approves them, and lists the rest as
 * `npm warn install-scripts   <name>@<version> (<script>)`; the project records its decision for each
 * (README, "Install scripts"), so any name listed here is a new package nobody has reviewed.
 */
export function unreviewedInstallScripts(npmOutput) {
  const names = [];
  for (const line of npmOutput.split(/\r?\n/)) {
    const m = /^npm warn install-scripts\s+((?:@[^@\s/]+\/)?[^@\s]+)@\S+ \(/.exec(line);
    if (m) names.push(m[1]);
  }
  return names;
}

/** Files `git status --porcelain` reports as changed or new after installing: a clean clone must stay clean. */
export function dirtyFiles(porcelain) {
  return porcelain.split(/\r?\n/).filter((l) => l.trim() !== '').map((l) => l.slice(3));
}
