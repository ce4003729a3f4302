export * from './generated/graphql';
export * from './sdk';
export * from './partner-sdk';
export * from './app-sdk';
