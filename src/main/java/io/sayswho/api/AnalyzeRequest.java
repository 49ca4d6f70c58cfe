package io.sayswho.api;

import java.util.List;

/**
 * The JSON form of an analysis request. Only {@code text} is required; {@code title} and {@code url} are accepted so
 * clients (the browser extension) can send what they have, and are not analysed today. Unknown members are ignored so
 * that newer clients keep working against this version.
 *
 * @param language a language tag such as "en"; null or absent means {@code sayswho.default-language}
 */
public record AnalyzeRequest(
        String text,
        String title,
        String url,
        String language) {
    static final String TEXT_REQUIRED =
            "text is required and must not be blank: send the article's text in \"text\"";

    /** What makes this no request: {@code text} null, empty or only white space. */
    List<String> problems() {
        return InvalidRequestException.blank(text) ? List.of(TEXT_REQUIRED) : List.of();
    }
}
