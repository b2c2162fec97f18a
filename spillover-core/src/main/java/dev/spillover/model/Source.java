package dev.spillover.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A document facts are taken from. {@code url}, {@code publisher} and {@code published} may be null;
 * {@code title} never is.
 */
public record Source(String id, String title, String publisher, String url, LocalDate published) {
  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
  }
}
