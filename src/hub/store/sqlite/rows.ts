/** The row mappings are shared with the PostgreSQL store: see ../rows.ts. */
export * from '../rows.ts';
