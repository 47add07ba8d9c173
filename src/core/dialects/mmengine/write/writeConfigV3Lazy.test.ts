/**
 * The 3.x writer's standalone file for a lazy-import config with no file of its own (a gallery
 * preset): import lines for its class references, loading back to the same config.
 */
import { describe, expect, it } from 'vitest';
import { galleryPresets } from '../../../gallery/gallery.ts';
import { createMemoryFs, loadConfig } from '../../../config/load/loadConfig.ts';
import { stripDeleteKeys } from '../../../config/write/diffAgainstBase.ts';
import { collectRefs } from '../../../config/write/lazyImports.ts';
import { writeConfigV3 } from './writeConfigV3.ts';

describe('writeConfigV3 standalone, lazy-import presets', () => {
  const lazy = galleryPresets().filter((p) => p.lazy && collectRefs(p.config).length > 0);

  it('there are lazy presets with class references', () => {
    expect(lazy.length).toBeGreaterThan(0);
  });

  it.each(lazy.map((p) => [p.id, p] as const))('%s loads back to the same config', (_id, preset) => {
    const text = writeConfigV3(preset.config, { mode: 'standalone', scheduleBase: preset.scheduleBase ?? '1x' });
    expect(text).not.toMatch(/\b_base_\b/);
    const back = loadConfig('/out/config.py', createMemoryFs({ '/out/config.py': text }));
    expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(back.lazy).toBe(true);
    expect(back.config).toEqual(stripDeleteKeys(preset.config));
  });
});
