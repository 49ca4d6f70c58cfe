package io.sayswho.engine;

/**
 * A sentence as a token range [from, to) of the document.
 *
 * @param paragraph the line it stands on (every line break starts one: headlines, captions and bylines are lines)
 * @param fragment  the line does not end as prose does (no final stop): a headline, a caption, a byline, a link
 */
record Sentence(int from, int to, int paragraph, boolean fragment) {
    int size() {
        return to - from;
    }

    Sentence merge(Sentence next) {
        return new Sentence(from, next.to, paragraph, fragment && next.fragment);
    }
}
