package io.sayswho.engine.model;

/** What kind of thing stands behind a claim. */
public enum SourceKind {
    PERSON, ORGANIZATION, PUBLICATION, ANONYMOUS, DOCUMENT
}
