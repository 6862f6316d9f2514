// vitest runs src/ directly, where the build's precompiled schema validator does not exist
// (it is gitignored): generate it once before any test file loads the config module.
import { generateValidator, isStale, targets } from '../../scripts/generate-validator.mjs';

export default function setup(): void {
  if (isStale(targets.src)) generateValidator([targets.src]);
}
