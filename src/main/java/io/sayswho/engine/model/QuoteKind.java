package io.sayswho.engine.model;

/** How the content reaches the reader: in the source's own quoted words, partly quoted, or paraphrased. */
public enum QuoteKind {
    DIRECT, PARTIAL, INDIRECT, NONE
}
