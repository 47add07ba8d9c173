import { afterEach, describe, expect, it } from 'vitest';
import { python3MissingMessage, runPython3 } from './runPython3.ts';

describe('runPython3', () => {
  const path = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path;
  });

  it('says python3 is required when it is not on PATH, instead of a spawn error', () => {
    process.env.PATH = '/nonexistent-for-mmcfg-test';
    expect(() => runPython3(['-c', 'print(1)'], '')).toThrow(python3MissingMessage);
    expect(python3MissingMessage).toMatch(/^python3 is required/);
  });

  it('returns what python3 printed when it is there', () => {
    const run = runPython3(['-c', 'import sys; print(sys.stdin.read().upper())'], 'ok');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('OK\n');
  });
});
