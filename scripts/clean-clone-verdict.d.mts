export declare function unreviewedInstallScripts(npmOutput: string): string[];
export declare function dirtyFiles(porcelain: string): string[];
