/**
 * The {@code spillover} command line. {@link dev.spillover.cli.Main} maps errors to exit codes in
 * one place (0 ok, 1 failure, 2 bad input or usage); each subcommand is one class, for example
 * {@link dev.spillover.cli.AssessCommand}.
 */
package dev.spillover.cli;
