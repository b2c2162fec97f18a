package dev.spillover.policy;

/** Whether a rule's verdicts count ({@code ENFORCE}) or are only recorded, as in a dry run ({@code LOG}). */
public enum RuleMode {
  ENFORCE,
  LOG
}
