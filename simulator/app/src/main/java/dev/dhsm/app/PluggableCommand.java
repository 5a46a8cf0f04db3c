package dev.dhsm.app;

/**
 * A {@code dhsm} subcommand that lives in another module and joins the command line when it is on the class path
 * (found with {@link java.util.ServiceLoader}): {@code dhsm check}, the conformance harness, is one. Implementations
 * are picocli {@code @Command} classes with a public no-argument constructor.
 */
public interface PluggableCommand {
}
