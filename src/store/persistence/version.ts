/** The saved-state format written today. Bump it and add a step in migrate.ts to change it. */
export const savedStateVersion = 2;
