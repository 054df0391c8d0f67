// Schemas of the files feature (issue 4; docs/design/eligibility.md §5.2), filled as it ships.
export {};
