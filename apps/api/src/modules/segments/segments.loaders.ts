import type { RowSource } from '../../common/persistence/loaders';
import DataLoader from 'dataloader';
import { countSegments, type SegmentCount } from './segments.service';

/** Every segment's count, read once per request however many saved segments a page shows. */
export const segmentCells = (ds: RowSource) =>
  new DataLoader<'all', SegmentCount[]>(async (keys) => {
    const cells = await countSegments(ds.manager);
    return keys.map(() => cells);
  });
