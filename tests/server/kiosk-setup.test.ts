/**
 * `npm run kiosk` on a machine that lacks Chromium or a Chinese font: it stops before serving,
 * names what is missing and prints the command that installs it. PATH and BH_CHROMIUM hide the
 * machine's own Chromium and fontconfig; a stand-in `fc-list` plays a machine with or without fonts.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const folder = mkdtempSync(join(tmpdir(), 'bh-kiosk-setup-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A bin folder whose only command is an `fc-list` that prints `output` (none: no fc-list). */
function binWith(name: string, output?: string): string {
  const bin = join(folder, name);
  mkdirSync(bin, { recursive: true });
  if (output !== undefined) {
    writeFileSync(join(bin, 'fc-list'), `#!/bin/sh\nprintf '%s' '${output}'\n`);
    chmodSync(join(bin, 'fc-list'), 0o755);
  }
  return bin;
}

function kiosk(bin: string, chromium: string) {
  const run = spawnSync(process.execPath, ['scripts/kiosk.ts'], {
    env: { PATH: bin, BH_CHROMIUM: chromium, PORT: '0', HOME: folder },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('npm run kiosk on an unprepared machine', () => {
  it('stops with the install commands when Chromium and fontconfig are missing', () => {
    const { status, output } = kiosk(binWith('bare'), join(folder, 'no-chromium'));
    expect(status).toBe(1);
    expect(output).toContain(`No Chromium at ${join(folder, 'no-chromium')}`);
    expect(output).toContain('sudo apt-get install -y chromium');
    expect(output).toContain('sudo apt-get install -y fontconfig fonts-noto-cjk');
    expect(output).not.toContain('Serving the hall');
  });

  it('stops when fontconfig finds no Chinese font', () => {
    const { status, output } = kiosk(binWith('no-cjk', ''), '/usr/bin/chromium');
    expect(status).toBe(1);
    expect(output).toContain('No Chinese font (`fc-list :lang=zh` finds none)');
    expect(output).toContain('sudo apt-get install -y fonts-noto-cjk');
    expect(output).not.toContain('No Chromium');
  });

  it('names only Chromium when the Chinese font is there', () => {
    const { status, output } = kiosk(binWith('cjk', 'Noto Sans CJK SC\n'), join(folder, 'none'));
    expect(status).toBe(1);
    expect(output).toContain('No Chromium');
    expect(output).not.toContain('Chinese font');
  });
});
