package dev.spillover.screening.list;

/**
 * What kind of party a list entry is, in FollowTheMoney's terms; {@link #UNKNOWN} when the list
 * does not say (the matcher then weighs names without schema-specific rules).
 */
public enum PartyType {
  PERSON,
  ORGANIZATION,
  COMPANY,
  VESSEL,
  AIRCRAFT,
  UNKNOWN
}
