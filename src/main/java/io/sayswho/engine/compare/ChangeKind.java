package io.sayswho.engine.compare;

/** What a rewrite did to the sourcing of one claim that both versions make. */
public enum ChangeKind {
    /** The attribution label differs (named to anonymous, documentary to named, ...). */
    LABEL_CHANGED,
    /** Another person or body stands behind the claim, not another wording of the same one. */
    SOURCE_CHANGED,
    /** Words the earlier version paraphrased now stand in quotation marks: put in the source's mouth. */
    QUOTE_ADDED,
    /** A quotation of the earlier version is now a paraphrase. */
    QUOTE_REMOVED,
    /** The words inside the quotation marks differ. */
    QUOTE_ALTERED,
    HEDGE_ADDED,
    HEDGE_DROPPED,
    HEARSAY_ADDED,
    HEARSAY_DROPPED,
    SECONDHAND_ADDED,
    SECONDHAND_DROPPED
}
