import { computeCompareData, type CompareRequest } from './compareData.ts';

// Up to four schedules of millions of iterations each: simulate them off the main thread.
self.onmessage = (e: MessageEvent<CompareRequest>) => {
  self.postMessage(computeCompareData(e.data));
};
