export * from './generated/graphql';
export * from './sdk';
