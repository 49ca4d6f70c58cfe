package io.sayswho.engine;

import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A negated report verb leaves something unsaid only when the verb gives information (informing-verbs): "did not
 * say when" is COULD_NOT_SAY, "would not say" NO_COMMENT. A negated act of attitude ("did not complain", "has never
 * accused") says nothing is unknown: it stays the source's report, NAMED.
 */
class NegatedReportTest {
    private static final Engine ENGINE = Engine.load("en");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Jo Roe did not say when the pier would reopen.             | COULD_NOT_SAY",
            "Jo Roe did not explain why the pier was closed.            | COULD_NOT_SAY",
            "Jo Roe has not yet announced whether she will run.         | COULD_NOT_SAY",
            "Jo Roe would not say who paid for the pier.                | NO_COMMENT",
            // near misses: an act that was not done is no unknown
            "Jo Roe has never publicly accused the board of fraud.      | NAMED",
            "Jo Roe did not complain when the port grew.                | NAMED",
            "Jo Roe has not criticised the board for the delay.         | NAMED",
            "Jo Roe not only said the pier was safe but also paid for it. | NAMED",  // a focus, no negation
    })
    void negationLeavesSomethingUnsaidOnlyForVerbsThatInform(String text, Attribution label) {
        Analysis a = ENGINE.analyze(text.strip());
        assertEquals(1, a.claims().size(), () -> a.claims().toString());
        Claim c = a.claims().get(0);
        assertEquals(label, c.attribution(), () -> text + " " + c.rules());
    }

    /** A negated passive of any verb of knowledge-acts.txt leaves the fact unknown, whatever the verb. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The authenticity of the letter could not be established.  | COULD_NOT_SAY",
            "The cause of the leak has not yet been ascertained.       | COULD_NOT_SAY",
            "The figures could not be independently corroborated.      | COULD_NOT_SAY",
            "The toll was not yet confirmed.                           | COULD_NOT_SAY",
            // near misses: the same verbs, affirmed
            "The firm was established in 1990.                         | UNATTRIBUTED",
            "The toll has been confirmed by the ministry.              | NAMED",
    })
    void aNegatedPassiveOfKnowingLeavesTheFactUnknown(String text, Attribution label) {
        Analysis a = ENGINE.analyze(text.strip());
        assertEquals(1, a.claims().size(), () -> a.claims().toString());
        assertEquals(label, a.claims().get(0).attribution(), () -> text + " " + a.claims().get(0).rules());
    }

    /**
     * "Repeated calls to the embassy went unanswered": an opening word in -ed before a plural cue word is a
     * participle on a noun, not a name before a verb; before an object ("Mohammed calls the deal a fraud") or a
     * verb in the past ("Mohammed said") it stays a name.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The vote is near. Repeated calls to the embassy went unanswered.   | NO_COMMENT",
            "The vote is near. Mohammed calls the deal a fraud.                 | NAMED",
            "The vote is near. Mohammed said the deal was off.                  | NAMED",
    })
    void anOpeningParticipleIsNoSubject(String text, Attribution label) {
        Analysis a = ENGINE.analyze(text.strip());
        Claim last = a.claims().get(a.claims().size() - 1);
        assertEquals(label, last.attribution(), () -> text + " " + last.rules());
    }
}
