package io.sayswho.engine;

import io.sayswho.engine.model.Range;
import io.sayswho.engine.model.SourceKind;

import java.util.ArrayList;
import java.util.List;

/** One source of the article, gathered across its mentions. Mutable while one text is analysed. */
final class Entity {
    final String id;
    SourceKind kind;
    String name;
    String head;
    boolean plural;
    String ordinal;
    /** Text of the first mention: what a reader would call an unnamed source. */
    final String description;
    final List<Range> mentions = new ArrayList<>();
    final List<String> claims = new ArrayList<>();
    /** The person a later description showed this unnamed source to be ("a lawmaker" ... "the lawmaker"), or null. */
    Entity namedAs;
    /** Token index of the latest mention: recency decides what a pronoun refers to. */
    int last;

    Entity(String id, SourcePhrase first, String description) {
        this.id = id;
        this.kind = first.kind();
        this.name = first.name();
        this.head = first.head();
        this.plural = first.plural();
        this.ordinal = first.ordinal();
        this.description = description;
    }

    /** Someone who can be "he" or "she": a person, or a single unnamed source. */
    boolean animateSingular() {
        return !plural && (kind == SourceKind.PERSON || kind == SourceKind.ANONYMOUS);
    }

    String lastWordOfName() {
        if (name == null) {
            return null;
        }
        int space = name.lastIndexOf(' ');
        return Tokenizer.fold(space < 0 ? name : name.substring(space + 1));
    }
}
