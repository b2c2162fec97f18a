package dev.spillover.formats.origin;

import dev.spillover.model.Seats;
import java.util.Objects;

/**
 * An organization the origin tables attribute software to. {@code incorporatedIn} and
 * {@code headquarteredIn} (ISO 3166-1 alpha-2), {@code lei} and {@code estateId} (the id of the
 * same organization in an estate, a hint for joining the two) are null unless a table gives them.
 */
public record OriginOrganization(String id, String name, String incorporatedIn, String headquarteredIn,
    String lei, String estateId, Sourcing sourcing) {

  public OriginOrganization {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sourcing, "sourcing");
  }

  /** The seats the table gives, as the model keeps them. */
  public Seats seats() {
    return new Seats(incorporatedIn, headquarteredIn, null, null);
  }
}
