package dev.dhsm.conformance.target;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * What to type when a lunash command asks a question: passwords in the order they are asked (the last one
 * is repeated for a {@code re-enter ... to confirm} question), cloning domains likewise, and whether to type
 * {@code proceed} at a {@code Type 'proceed'} confirmation. A question with no answer supplied fails the
 * command with the output so far rather than hanging it.
 */
public final class Answers {
    private static final Answers NONE = new Answers(List.of(), List.of(), false);

    private final List<String> passwords;
    private final List<String> domains;
    private final boolean proceed;

    private Answers(List<String> passwords, List<String> domains, boolean proceed) {
        this.passwords = List.copyOf(passwords);
        this.domains = List.copyOf(domains);
        this.proceed = proceed;
    }

    /** No questions are expected. */
    public static Answers none() {
        return NONE;
    }

    /** Answers every password question with {@code password}. */
    public static Answers password(String password) {
        return new Answers(List.of(password), List.of(), false);
    }

    /** Types {@code proceed} at confirmations. */
    public static Answers proceed() {
        return new Answers(List.of(), List.of(), true);
    }

    public Answers andPassword(String password) {
        List<String> more = new java.util.ArrayList<>(passwords);
        more.add(password);
        return new Answers(more, domains, proceed);
    }

    public Answers andDomain(String domain) {
        List<String> more = new java.util.ArrayList<>(domains);
        more.add(domain);
        return new Answers(passwords, more, proceed);
    }

    public Answers andProceed() {
        return new Answers(passwords, domains, true);
    }

    /** A fresh, consumable copy for one command. */
    public Script script() {
        return new Script(new ArrayDeque<>(passwords), new ArrayDeque<>(domains), proceed);
    }

    /** The answers of one command as they are used up. */
    public static final class Script {
        private final Deque<String> passwords;
        private final Deque<String> domains;
        private final boolean proceed;

        private Script(Deque<String> passwords, Deque<String> domains, boolean proceed) {
            this.passwords = passwords;
            this.domains = domains;
            this.proceed = proceed;
        }

        /** The next password, the last one again for a confirmation, or null when none was supplied. */
        public String nextPassword() {
            return next(passwords);
        }

        public String nextDomain() {
            return next(domains);
        }

        public boolean proceed() {
            return proceed;
        }

        private static String next(Deque<String> queue) {
            if (queue.size() > 1) {
                return queue.poll();
            }
            return queue.peek();
        }
    }
}
