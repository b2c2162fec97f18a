/**
 * Loading policy packs from YAML: {@link dev.spillover.policy.pack.PackCatalog} finds a pack by file or
 * bundled short name; {@link dev.spillover.policy.pack.PackLoader} reads and checks one, compiling every
 * condition. The format is documented in {@code docs/policy-language.md}.
 */
package dev.spillover.policy.pack;
