package io.sayswho.engine.model;

/** How a claim is sourced, exactly as the labelling guide (ATTRIBUTION.md) defines the labels. */
public enum Attribution {
    NAMED("A person or body identified by name says it, or a pronoun referring back to one."),
    ANONYMOUS("The people behind it are not identified: sources, officials, a person familiar with the matter."),
    DENIED("The party concerned rejects the claim or answers without confirming it."),
    COULD_NOT_SAY("A source, or the writer, says what is not known or cannot be confirmed."),
    NO_COMMENT("The party asked did not answer or declined to comment."),
    DOCUMENTARY("Records or data, not people: filings, contracts, flight-tracking data."),
    UNATTRIBUTED("The writer's own voice, with no source.");

    private final String meaning;

    Attribution(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    /** True for every label but UNATTRIBUTED: somebody or something stands behind the claim. */
    public boolean attributed() {
        return this != UNATTRIBUTED;
    }
}
