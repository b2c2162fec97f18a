/**
 * Restricted-party screening: lists as their publishers ship them ({@link
 * dev.spillover.screening.list}), names matched against them with explained scores ({@link
 * dev.spillover.screening.match}), and the parties of an estate screened for an assessment
 * ({@link dev.spillover.screening.estate}).
 */
package dev.spillover.screening;
