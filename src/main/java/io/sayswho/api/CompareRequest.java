package io.sayswho.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The JSON form of a comparison request: two versions of one story. Only each version's {@code text} is required;
 * {@code title} and {@code url} are accepted as for /v1/analyze and not analysed today. Unknown members are ignored.
 *
 * @param language a language tag for both texts; null or absent means {@code sayswho.default-language}
 */
public record CompareRequest(
        @Valid @NotNull(message = "before is required: send {\"before\": {\"text\": \"...\"}, \"after\": {\"text\": \"...\"}}")
        Version before,
        @Valid @NotNull(message = "after is required: send {\"before\": {\"text\": \"...\"}, \"after\": {\"text\": \"...\"}}")
        Version after,
        String language) {

    /** One version of the story. */
    public record Version(
            @NotBlank(message = "each version's text is required and must not be blank: send it in \"before\": {\"text\": \"...\"} and \"after\": {\"text\": \"...\"}")
            String text,
            String title,
            String url) {
    }
}
