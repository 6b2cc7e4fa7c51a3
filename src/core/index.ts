// The pure core: cells in, findings out. Knows nothing of Office, React or ExcelJS.
export * from './grid';
export * from './model';
export * from './profile';
export * from './findings';
export * from './report';
export * from './scoring';
export * from './recognise';
export * from './check';
