import type { DataSource } from 'typeorm';
import { byId } from '../../common/persistence/loaders';
import { Tier } from './tier.entity';

export const tierById = (ds: DataSource) => byId(ds, Tier);
