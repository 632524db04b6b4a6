// What the browser tests keep for a person to look at: screenshots and server logs, under
// EBM_E2E_ARTIFACTS_DIR (CMake sets <build>/e2e-artifacts), else a temporary directory.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function artifactsDir() {
    const dir = process.env.EBM_E2E_ARTIFACTS_DIR || join(tmpdir(), 'ebm-e2e-artifacts');
    mkdirSync(dir, { recursive: true });
    return dir;
}

// The path of the artifact `name` (its directory created).
export function artifactPath(name) {
    return join(artifactsDir(), name);
}

export function saveArtifact(name, content) {
    const path = artifactPath(name);
    writeFileSync(path, content);
    return path;
}
