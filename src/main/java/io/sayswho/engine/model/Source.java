package io.sayswho.engine.model;

import java.util.List;

/** One source of the article with every place it is mentioned and the claims that rest on it. */
public record Source(String id, String name, SourceKind kind, List<Range> mentions, List<String> claims) {
}
