import type { DataSource } from 'typeorm';
import { byId } from '../../common/persistence/loaders';
import { Benefit } from './benefit.entity';

export const benefitById = (ds: DataSource) => byId(ds, Benefit);
