export * from './errors';
export * from './roles';
export * from './text';
export * from './reference';
export * from './registration';
export * from './cases';
export * from './country-profile';
export * from './procedure';
