package io.sayswho.api;

import java.util.List;

/** The request names a language no loaded rule set reads; answered 422 with the languages that are. */
public final class UnsupportedLanguageException extends RuntimeException {
    private final String language;
    private final List<String> supported;

    public UnsupportedLanguageException(String language, List<String> supported) {
        super("language '" + language + "' is not supported; supported: " + supported);
        this.language = language;
        this.supported = List.copyOf(supported);
    }

    public String language() {
        return language;
    }

    public List<String> supported() {
        return supported;
    }
}
