package io.sayswho.engine.model;

/**
 * Who stands behind one claim, as written at this claim ("he", "the source", "Ministry spokeswoman Ana Ruiz").
 *
 * @param id    the entry in {@link Analysis#sources()} this mention belongs to
 * @param text  the words of the mention in the text
 * @param name  the resolved name of the source, where it has one (a pronoun carries its antecedent's name)
 */
public record ClaimSource(String id, String text, int start, int end, String name, SourceKind kind) {
}
