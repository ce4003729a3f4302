export * from './enums';
export * from './money';
export * from './rule-violation';
export * from './tier-ranges';
export * from './bundles';
export * from './products';
export * from './suitability';
export * from './tiering';
