/**
 * Restricted-party screening: lists as their publishers ship them ({@link
 * dev.spillover.screening.list}), names matched against them with explained scores.
 */
package dev.spillover.screening;
