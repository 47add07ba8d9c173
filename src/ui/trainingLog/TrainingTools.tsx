import { CfgOptionsTools } from '../cfgOptions/CfgOptionsTools.tsx';
import { LogPanel } from './LogPanel.tsx';

/** Plan vs actual and --cfg-options, loaded lazily under the charts (they bring the config reader and simulator). */
export default function TrainingTools() {
  return (
    <div className="training-tools">
      <LogPanel />
      <CfgOptionsTools />
    </div>
  );
}
