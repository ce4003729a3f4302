import { byId, type RowSource } from '../../common/persistence/loaders';
import { Benefit } from './benefit.entity';

export const benefitById = (ds: RowSource) => byId(ds, Benefit);
