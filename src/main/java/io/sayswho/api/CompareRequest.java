package io.sayswho.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of a comparison request: two versions of one story. Only each version's {@code text} is required;
 * {@code title} and {@code url} are accepted as for /v1/analyze and not analysed today. Unknown members are ignored.
 *
 * @param language a language tag for both texts; null or absent means {@code sayswho.default-language}
 */
public record CompareRequest(
        Version before,
        Version after,
        String language) {
    static final String BEFORE_REQUIRED =
            "before is required: send {\"before\": {\"text\": \"...\"}, \"after\": {\"text\": \"...\"}}";
    static final String AFTER_REQUIRED =
            "after is required: send {\"before\": {\"text\": \"...\"}, \"after\": {\"text\": \"...\"}}";
    static final String VERSION_TEXT_REQUIRED = "each version's text is required and must not be blank: send it in"
            + " \"before\": {\"text\": \"...\"} and \"after\": {\"text\": \"...\"}";

    /** What makes this no request: a version missing, or a version's text null, empty or only white space. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (before == null) {
            problems.add(BEFORE_REQUIRED);
        } else if (InvalidRequestException.blank(before.text())) {
            problems.add(VERSION_TEXT_REQUIRED);
        }
        if (after == null) {
            problems.add(AFTER_REQUIRED);
        } else if (InvalidRequestException.blank(after.text())) {
            problems.add(VERSION_TEXT_REQUIRED);
        }
        return problems;
    }

    /** One version of the story. */
    public record Version(
            String text,
            String title,
            String url) {
    }
}
