package dev.spillover.model;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * What replacing an asset (a product, component or system) would cost if it is cut, as its
 * owner declares it: an exact {@code amount} (never negative) in {@code currency} (an ISO 4217
 * code such as {@code USD}), with the provenance of the figure. Amounts in different currencies
 * are never added: no exchange rate is assumed.
 */
public record ReplacementCost(BigDecimal amount, String currency, Provenance provenance) {
  public ReplacementCost {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(provenance, "provenance");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("replacement cost " + amount.toPlainString() + " is negative");
    }
    if (!isCurrencyCode(currency)) {
      throw new IllegalArgumentException("currency '" + currency + "' is not an ISO 4217 code");
    }
  }

  /** True when {@code code} is an ISO 4217 currency code the JDK knows, in upper case (USD, EUR, CNY...). */
  public static boolean isCurrencyCode(String code) {
    if (code == null || code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      return false;
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The declared replacement cost of {@code node}, or null when it declares none or is not an asset. */
  public static ReplacementCost of(Node node) {
    if (node instanceof Product product) {
      return product.replacementCost();
    } else if (node instanceof Component component) {
      return component.replacementCost();
    } else if (node instanceof SystemAsset system) {
      return system.replacementCost();
    }
    return null;
  }
}
