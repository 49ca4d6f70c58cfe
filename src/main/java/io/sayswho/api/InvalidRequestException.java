package io.sayswho.api;

import java.util.List;

/**
 * A request body that parsed but is not a request: a required member missing or blank. Answered 400 with every
 * problem found ({@link ProblemMappers#invalidRequest}). The checks are the resources' own, a few lines each, rather
 * than Bean Validation's: Hibernate Validator took ~14 % of the main thread's start-up to bootstrap for three
 * {@code @NotBlank}s (README, "Start-up and memory").
 */
public final class InvalidRequestException extends RuntimeException {
    private final List<String> problems;

    public InvalidRequestException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** What is wrong, one message each, in no particular order. */
    public List<String> problems() {
        return problems;
    }

    /** Throws when there is any problem. */
    static void throwIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
