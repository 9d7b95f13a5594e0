/** The room hub's protocol: REST bodies, live messages, join codes and limits. Pure TypeScript + zod. */
export * from './api.ts';
export * from './codes.ts';
export * from './limits.ts';
export * from './messages.ts';
export * from './showcase.ts';
