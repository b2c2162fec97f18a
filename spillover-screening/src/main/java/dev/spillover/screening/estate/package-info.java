/**
 * Which parties of an estate are on a restricted-party list: {@link
 * dev.spillover.screening.estate.EstateScreening#screen} screens every organization and person
 * against loaded lists and turns each MATCH into a listing an assessment takes ({@code spillover
 * assess --list}); REVIEW-band candidates are reported, never facts.
 */
package dev.spillover.screening.estate;
