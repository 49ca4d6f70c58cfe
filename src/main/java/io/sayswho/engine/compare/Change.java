package io.sayswho.engine.compare;

/**
 * One change of sourcing between two aligned claims.
 *
 * @param from   what the earlier version had (a label, a source, the quoted words), or null where that says nothing
 * @param to     what the later version has, likewise
 * @param detail the change in words a reader understands
 */
public record Change(ChangeKind kind, String from, String to, String detail) {
}
