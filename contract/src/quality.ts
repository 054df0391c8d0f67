// Schemas of the quality feature (issue 4; docs/design/eligibility.md §5.2), filled as it ships.
export {};
