/**
 * The package as the registry would get it, checked by the tools npm users run on it: `npm pack`
 * (after `npm run build`) into a scratch folder, then publint (every message, suggestions
 * included, fails) and @arethetypeswrong/cli with the esm-only profile (this package is ESM only:
 * no `require`; the stylesheet export is left out of the latter, as no module). Offline: neither tool reaches the registry here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const scratch = mkdtempSync(join(tmpdir(), 'career-widgets-pack-'));
let failed = false;
try {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--offline', '--pack-destination', scratch], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
  const tarball = join(scratch, packed.filename);
  console.log(`packed ${packed.filename}: ${packed.entryCount} files, ${packed.size} B`);

  const bytes = readFileSync(tarball);
  const { messages, pkg } = await publint({ pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }, level: 'suggestion', strict: true });
  for (const message of messages) console.log(`✗ publint ${message.type}: ${formatMessage(message, pkg) ?? message.code}`);
  if (messages.length === 0) console.log('✓ publint: no errors, warnings or suggestions');
  failed ||= messages.length > 0;

  try {
    // The stylesheet is no module for TypeScript to resolve: every other entry must have types.
    execFileSync('npx', ['--no-install', 'attw', tarball, '--profile', 'esm-only', '--exclude-entrypoints', './cdn/career-widgets.css', '--format', 'table-flipped', '--no-color', '--no-emoji'], { stdio: 'inherit' });
    console.log('✓ @arethetypeswrong/cli (esm-only): every entry resolves with types');
  } catch {
    console.log('✗ @arethetypeswrong/cli (esm-only) found problems (above)');
    failed = true;
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (failed) {
  console.error('The packed package fails publint or @arethetypeswrong/cli.');
  process.exit(1);
}
