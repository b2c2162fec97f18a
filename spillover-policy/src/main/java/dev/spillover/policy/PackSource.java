package dev.spillover.policy;

import java.time.LocalDate;

/** A document a pack cites: a statute, an order, a Federal Register notice, a court ruling. */
public record PackSource(String id, String title, String citation, String publisher, String url, LocalDate published) {}
