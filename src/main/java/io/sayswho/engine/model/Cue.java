package io.sayswho.engine.model;

/** The reporting words that attribute a claim ("said", "according to", "did not respond"). */
public record Cue(String text, int start, int end) {
}
