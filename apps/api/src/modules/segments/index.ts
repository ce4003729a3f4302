// modules/segments: Segment counts, tier-range previews and saved segments. Other modules and the app import only this file.
import { SavedSegment } from './saved-segment.entity';
import { SegmentResolver } from './segments.resolver';
import { SavedSegmentResolver } from './saved-segment.resolver';
export { SavedSegment } from './saved-segment.entity';
export { SegmentResolver } from './segments.resolver';
export { SavedSegmentResolver };

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [SavedSegment];
/** The resolvers this module adds to the schema. */
export const resolvers = [SegmentResolver, SavedSegmentResolver];
