package io.sayswho.engine;

/** What a reporting cue does to the claim it attributes; the label table turns it into a label. */
enum CueCategory {
    /** said, told, reported, according to: the source says the content. */
    REPORT,
    /**
     * believes, wants to, urged, cited: a stance, belief, plan or demand the source is on record with. It reports
     * only as the finite verb of its own subject ("Mayor Ruiz wants to ..."), not in a relative clause ("the union, which
     * has opposed ...") or as a bare participle ("Brazil and Chile urging ..."), where the writer tells of an act.
     */
    STANCE,
    /** denied, rejected, dismissed: the source rejects the claim. */
    DENY,
    /** did not respond, declined to comment. */
    NO_COMMENT,
    /** could not say, could not confirm: a source says what it does not know. */
    COULD_NOT_SAY,
    /** it was not clear, there was no evidence: the writer says what is not known; no source. */
    UNKNOWN,
    /** showed, revealed: only a record or data set can show (the label table checks the source kind). */
    SHOW,
    /** quoted X as saying: the source stands between the cue's first word and "as saying". */
    QUOTED,
    /**
     * "responded to questions": a report; no comment when negated or when nobody did ("Neither X nor Y responded
     * to questions"). The pipeline decides which before the label table is read.
     */
    RESPOND,
    /** "was denied bail", "the said agreement": looks like a cue, is none; matching it blocks the shorter cue. */
    IGNORE;

    /** Says what the source holds: a report or a stance. */
    boolean reports() {
        return this == REPORT || this == STANCE;
    }
}
