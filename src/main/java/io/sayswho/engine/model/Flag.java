package io.sayswho.engine.model;

/** Qualities of a claim's sourcing that weaken or strengthen it beyond its label. */
public enum Flag {
    /** The source repeats what they heard ("he had heard"). */
    HEARSAY,
    /** The claim is hedged ("may be around", "suggested"). */
    HEDGED,
    /** The source relays someone else ("citing contacts in ..."). */
    SECONDHAND,
    /** The content stands in quotation marks: the source's own words. */
    DIRECT_QUOTE
}
