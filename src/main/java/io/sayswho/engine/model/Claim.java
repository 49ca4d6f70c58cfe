package io.sayswho.engine.model;

import java.util.List;

/**
 * One assertion a reader could ask "says who?" about, with how it is sourced.
 *
 * @param start    start of the claim's sentence or clause, UTF-16 code units
 * @param end      end of it, exclusive
 * @param source   null when nothing stands behind the claim
 * @param cue      null when no reporting words attribute it
 * @param content  what is asserted
 * @param rules    ids of the rules that decided, for explaining the answer
 */
public record Claim(String id, int start, int end, String text, Attribution attribution, double strength,
                    ClaimSource source, Cue cue, Range content, QuoteKind quote, List<Flag> flags,
                    List<String> rules) {
}
