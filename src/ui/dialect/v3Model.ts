/**
 * The MMDetection 3.x (MMEngine) model in one lazily loaded chunk: 2.x users never download it.
 */
export { runtimeSectionsV3 } from '../../core/model/v3/sections/index.ts';
export { validateConfigV3 } from '../../core/model/v3/validate.ts';
export { writeConfigV3 } from '../../core/config/write/v3/writeConfigV3.ts';
export { presetsV3 } from '../../core/model/v3/presets.ts';
