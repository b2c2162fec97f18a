package dev.spillover.dataflow;

import java.util.BitSet;
import java.util.Objects;
import java.util.Set;

/**
 * Where bulk thresholds apply. A rule such as 28 CFR 202 counts bulk only for data reaching a
 * country of concern or a covered person: a volume to anyone else is no crossing, however large.
 * {@code recipients} are the parties (by node index) the thresholds apply to, for the per-recipient
 * test that decides (covered persons, as the ownership engine finds them); {@code countries} are the
 * countries (ISO codes) they apply to, for the per-country summary (countries of concern).
 * {@code basis} says where the scope comes from (for example a pack's aggregate), for reports.
 * Both come from data (a pack), never from code.
 *
 * <p>{@link #EVERYWHERE} is the scope of thresholds that declare none: every recipient and every
 * country.
 */
public record BulkScope(Set<String> countries, BitSet recipients, String basis, boolean everywhere) {
  /** Thresholds applied to every recipient and every country. */
  public static final BulkScope EVERYWHERE = new BulkScope(Set.of(), new BitSet(), "every recipient", true);

  public BulkScope {
    countries = Set.copyOf(countries);
    recipients = (BitSet) recipients.clone();
    Objects.requireNonNull(basis, "basis");
  }

  /** Thresholds applied to the recipients {@code recipients} and the countries {@code countries} only. */
  public static BulkScope of(Set<String> countries, BitSet recipients, String basis) {
    return new BulkScope(countries, recipients, basis, false);
  }

  /** True when the thresholds apply to the recipient with node index {@code node}. */
  public boolean coversRecipient(int node) {
    return everywhere || recipients.get(node);
  }

  /** True when the thresholds apply to volumes reaching {@code country}. */
  public boolean coversCountry(String country) {
    return everywhere || countries.contains(country);
  }

  @Override
  public BitSet recipients() {
    return (BitSet) recipients.clone();
  }
}
