package org.regionalhealth.platform;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Lets a demo seeder act as one of the demo accounts, so that the module's own writers check scopes and audit who
 * acted exactly as they do for a person at a page (ADR 0011: seeders use the modules' writers). Three seeders had
 * their own copy of "put the account in the security context, run, restore".
 */
public interface DemoAccounts {

    /** Runs the step logged in as the account; {@code false}, and nothing run, when the demo has no such account. */
    boolean run(String username, Runnable step);

    /** The step's result, computed logged in as the account; empty when the demo has no such account. */
    <T> Optional<T> call(String username, Supplier<T> step);

    /** The account as the {@link CurrentUser} it logs in as; empty when the demo has no such account. */
    Optional<CurrentUser> user(String username);
}
