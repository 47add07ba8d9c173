import { parseGuardedJson, type I18nText } from '../../core/index.ts';
import { runMigrationSteps } from './migrationSteps.ts';
import type { SavedConfig, SavedState, SavedUi } from './savedState.ts';
import { savedUiSchema } from './savedState.ts';
import { languageSchema, itersPerEpochSchema, savedConfigSchema, savedStateVersion } from './savedState.ts';

export interface RepairResult {
  /** The usable state, or null when nothing could be kept. */
  state: SavedState | null;
  /** What was wrong or dropped, in English, for logs and tests. */
  problems: string[];
  /** The stored text when it cannot be used, so the UI can offer it for download. */
  setAside?: string;
  /** The damaged configs (as JSON) dropped from a state that is otherwise usable: kept aside too. */
  droppedConfigs?: string;
  /** One line for the user when something was repaired or set aside. */
  message?: I18nText;
}

// A library of many configs is larger than a share link; nesting stays the same.
const storageLimits = { maxChars: 20_000_000, maxDepth: 80 };

const defaultUi: SavedUi = { language: 'en', logScale: false, itersPerEpoch: 7330 };

/**
 * Repairs what localStorage held for the studio, in any version: the zustand envelope
 * `{ state, version }` as text or data, or a bare state. Old versions are migrated step by
 * step; broken configs are dropped one by one (the others are kept), broken UI choices fall
 * back to defaults. When nothing usable is left, or the data comes from a newer app, the raw
 * text is returned as `setAside` with a message instead. Never throws.
 */
export function repairSavedState(raw: unknown): RepairResult {
  try {
    return repair(raw);
  } catch (error) {
    return setAside(raw, [`unexpected: ${error instanceof Error ? error.message : String(error)}`]);
  }
}

function repair(raw: unknown): RepairResult {
  let data = raw;
  if (typeof raw === 'string') {
    const parsed = parseGuardedJson(raw, storageLimits);
    if (!parsed.ok) return setAside(raw, [`stored text refused: ${parsed.reason}`]);
    data = parsed.value;
  }
  if (!isRecord(data)) return setAside(raw, ['stored value is not an object']);
  const envelope = isRecord(data.state) ? data : { state: data, version: data.version };
  const state = envelope.state as Record<string, unknown>;
  const version = typeof envelope.version === 'number' ? envelope.version : 'configs' in state ? 2 : 1;
  if (version > savedStateVersion) {
    return setAside(raw, [`saved by a newer version (${version} > ${savedStateVersion})`], {
      en: 'Your saved configs were written by a newer version of mmcfg-studio; they were set aside, not deleted. Download them or update the app.',
      zh: '已保存的配置由更新版本的 mmcfg-studio 写入；已将其另存而未删除。请下载备份或更新应用。',
    });
  }
  const problems: string[] = [];
  const { state: migrated, reached } = runMigrationSteps(state, Math.max(1, Math.floor(version)), savedStateVersion);
  if (reached !== savedStateVersion) return setAside(raw, [`no migration from version ${reached}`]);

  const configs: SavedConfig[] = [];
  const rawConfigs = Array.isArray(migrated.configs) ? migrated.configs : [];
  if (!Array.isArray(migrated.configs)) problems.push('configs is not a list');
  const seen = new Set<string>();
  const dropped: unknown[] = [];
  rawConfigs.forEach((entry, i) => {
    const checked = savedConfigSchema.safeParse(entry);
    if (!checked.success) {
      dropped.push(entry);
      const name = isRecord(entry) && typeof entry.name === 'string' ? `"${entry.name}"` : `#${i + 1}`;
      const issue = checked.error.issues[0];
      problems.push(`config ${name} dropped: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}`);
      return;
    }
    // Two entries with one id would make the active one ambiguous; later ones get a new id.
    let id = checked.data.id;
    while (seen.has(id)) id = `${id}-copy`;
    seen.add(id);
    configs.push({ ...checked.data, id });
  });
  if (configs.length === 0) return setAside(raw, [...problems, 'no usable config left']);

  const ui = repairUi(migrated.ui, problems);
  const wantedId = typeof migrated.activeId === 'string' ? migrated.activeId : '';
  const activeId = configs.some((c) => c.id === wantedId) ? wantedId : (configs[0] as SavedConfig).id;
  if (activeId !== wantedId) problems.push(`active config "${wantedId}" missing; opened "${activeId}"`);

  const result: RepairResult = { state: { version: savedStateVersion, activeId, configs, ui }, problems };
  if (dropped.length > 0) {
    const n = dropped.length;
    result.droppedConfigs = safeStringify(dropped);
    result.message = {
      en: `${n} saved config${n > 1 ? 's were' : ' was'} damaged and set aside, not deleted; the others were kept. Download ${n > 1 ? 'them' : 'it'} to keep a copy.`,
      zh: `有 ${n} 个已保存的配置已损坏，已另存而未删除；其余配置已保留。请下载以保留副本。`,
    };
  }
  return result;
}

function repairUi(v: unknown, problems: string[]): SavedUi {
  const ui = isRecord(v) ? v : {};
  const language = languageSchema.safeParse(ui.language);
  const itersPerEpoch = itersPerEpochSchema.safeParse(ui.itersPerEpoch);
  const out: SavedUi = {
    language: language.success ? language.data : defaultUi.language,
    logScale: typeof ui.logScale === 'boolean' ? ui.logScale : defaultUi.logScale,
    itersPerEpoch: itersPerEpoch.success ? itersPerEpoch.data : defaultUi.itersPerEpoch,
  };
  for (const key of ['language', 'logScale', 'itersPerEpoch'] as const) {
    if (out[key] !== ui[key]) problems.push(`ui.${key} reset to default`);
  }
  // Data-loader choices are optional: a bad one is simply left out (the store's default applies).
  const shape = savedUiSchema.pick({ itersSource: true, datasetSize: true, repeatTimes: true, numGpus: true, samplesPerGpu: true });
  for (const key of ['itersSource', 'datasetSize', 'repeatTimes', 'numGpus', 'samplesPerGpu'] as const) {
    if (ui[key] === undefined) continue;
    const one = shape.shape[key].safeParse(ui[key]);
    if (one.success && one.data !== undefined) Object.assign(out, { [key]: one.data });
    else problems.push(`ui.${key} reset to default`);
  }
  return out;
}

function setAside(raw: unknown, problems: string[], message?: I18nText): RepairResult {
  return {
    state: null,
    problems,
    setAside: typeof raw === 'string' ? raw : safeStringify(raw),
    message: message ?? {
      en: 'Your saved configs could not be read; they were set aside, not deleted. Download them to keep a copy.',
      zh: '无法读取已保存的配置；已将其另存而未删除。请下载以保留副本。',
    },
  };
}

function safeStringify(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
