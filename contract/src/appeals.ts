// Schemas of the appeals feature (issue 4; docs/design/eligibility.md §5.2), filled as it ships.
export {};
