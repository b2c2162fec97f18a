package dev.spillover.dataflow;

import dev.spillover.model.Dataset.DataCategory;
import java.util.List;
import java.util.Map;

/**
 * How much data of one category reached recipients tied to one country in the window: each dataset
 * once, however many recipients or chains brought it there, with the largest count a flow carried
 * there ({@link Contribution}).
 *
 * <p>{@code ties} says how the recipients are tied to the country, kept apart (incorporation,
 * headquarters, principal-place, domicile, nationality: each with the recipients so tied).
 * {@code persons} and {@code devices} are sums over the datasets whose count is known;
 * {@code unknownPersons} and {@code unknownDevices} count the datasets whose count is not.
 * {@code threshold} is the bulk threshold of the category (null when none is given) and
 * {@code status} the comparison with it, {@link Status#OUT_OF_SCOPE} when the threshold does not
 * apply to the country (not a country of concern, {@link BulkScope}).
 *
 * <p>The per-country volume is a summary: the test that decides a crossing is per recipient
 * ({@link RecipientVolume}); a country's volume adds up every recipient tied to it.
 */
public record CountryVolume(
    DataCategory category,
    String country,
    Map<String, List<Integer>> ties,
    List<Contribution> contributions,
    long persons,
    int unknownPersons,
    long devices,
    int unknownDevices,
    BulkThreshold threshold,
    Status status) {

  public CountryVolume {
    // Kept in the order found (incorporation, headquarters, principal-place, domicile, nationality).
    ties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ties));
    contributions = List.copyOf(contributions);
  }

  /** One dataset's part: the flow that carried the most of it to the country. */
  public record Contribution(int dataset, Flow flow) {}

  /** The comparison with the threshold. */
  public enum Status {
    /** More than the threshold (or any volume, when the threshold says so). */
    CROSSED,
    /** At or below the threshold, every count known. */
    BELOW,
    /** At or below on the counts known, but some dataset's count is unknown: it may be crossed. */
    UNKNOWN,
    /** No threshold for the category. */
    NO_THRESHOLD,
    /**
     * The threshold does not apply here: the recipient is not one the rule covers, or the country
     * is not a country of concern ({@link BulkScope}). The count is shown, never compared.
     */
    OUT_OF_SCOPE
  }

  /** The count the threshold compares, in its unit (persons unless it counts devices). */
  public long count() {
    return threshold != null && threshold.unit() == BulkThreshold.Unit.DEVICES ? devices : persons;
  }
}
