/**
 * The {@code spillover} command line. {@link dev.spillover.cli.Main} maps errors to exit codes in
 * one place (0 ok, 1 failure, 2 bad input or usage; {@code check} adds 3, its gate failed); each
 * subcommand is one class, for example {@link dev.spillover.cli.AssessCommand} or
 * {@link dev.spillover.cli.CheckCommand}.
 */
package dev.spillover.cli;
