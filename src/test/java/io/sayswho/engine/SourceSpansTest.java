package io.sayswho.engine;

import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * How far a source's span runs, on invented sentences: who the source is, as a reader would mark it (and PolNeAR's
 * annotators do). A description after an inverted name is part of it, a report or a quotation after it is not;
 * descriptions set off before the cue are the subject's, what the speaker was doing is not; the subject a
 * participle shares keeps its titles and roles ("Former Minister of Transport Jo Roe", "Choir member Jo Roe") and
 * a head noun after a name ("the Lutz campaign"), and stops at the subject's verb.
 */
class SourceSpansTest {
    private static final Engine ENGINE = Engine.load("en");
    /** A first sentence, so that the sentence under test is not read in a headline's position. */
    private static final String LEAD = "The vote was close. ";

    /** The source text of the claim whose cue is {@code cue}. */
    private static String sourceOf(String sentence, String cue) {
        String text = LEAD + sentence;
        Analysis a = ENGINE.analyze(text);
        Claim c = a.claims().stream()
                .filter(x -> x.cue() != null && text.substring(x.cue().start(), x.cue().end()).equals(cue))
                .findFirst().orElse(null);
        assertNotNull(c, () -> "no claim with cue '" + cue + "' in " + a.claims());
        assertNotNull(c.source(), () -> "no source: " + c);
        return text.substring(c.source().start(), c.source().end());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // after an inverted name: a description that runs to the end of the sentence after an inverted name is the source's
            "“It was too late,” said Ana Lutz, 41, a nurse from the valley.           | said | Ana Lutz, 41, a nurse from the valley",
            "“The bridge will open,” said Ana Lutz, a planner who has advised the council. | said | Ana Lutz, a planner who has advised the council",
            "“It was too late,” said Ana Lutz, the nurse who found him, on Tuesday.    | said | 'Ana Lutz, the nurse who found him,'",
            "“It was too late,” said Ana Lutz, the chief nurse, noting the ward was full. | said | 'Ana Lutz, the chief nurse,'",
            "“It was late,” said Ana Lutz, the chief nurse, “and we knew it.”         | said | 'Ana Lutz, the chief nurse,'",
            "“It was too late,” said party chief Ana Lutz in a statement.            | said | party chief Ana Lutz",
            "“It was too late,” said Ana Lutz at a rally in Tarn.                     | said | Ana Lutz",
            // an institution's long name after the person is the source's; a clause that runs on is not
            "“It was too late,” said Ana Lutz of the University of Tarn School of Law. | said | Ana Lutz of the University of Tarn School of Law",
            "“It was too late,” said Ana Lutz of the Tarn Institute for Public Health and Policy. | said | Ana Lutz of the Tarn Institute for Public Health and Policy",
            "“It was too late,” said Ana Lutz, a nurse from the valley, who said the ward was full. | said | Ana Lutz, a nurse from the valley",
            "“It was too late,” said a senior nurse who was not allowed to speak publicly. | said | a senior nurse who was not allowed to speak publicly",
            "“It was too late,” said a senior nurse who found him, asking not to be named. | said | a senior nurse who found him",
            // a clause of when or why it was said is the saying's
            "“It was too late,” said Ana Lutz when asked about the delay.               | said | Ana Lutz",
            "“It was too late,” said the chief nurse as the ward emptied.               | said | the chief nurse",
            // near misses: what follows reports, quotes or is the speaker's next act
            "“We will appeal,” said Ana Lutz, adding that the ruling was unfair.      | said | Ana Lutz",
            "“We will appeal,” said Ana Lutz, “and we will win.”                      | said | Ana Lutz",
            "“We will appeal,” said Ana Lutz, told reporters outside.                 | said | Ana Lutz",
            // before the cue: who the subject is, set off by commas before the cue, is the source's, its last comma included
            "Ana Lutz, 41, a nurse from the valley, said the ward was full.       | said | 'Ana Lutz, 41, a nurse from the valley,'",
            "Ana Lutz, who chairs the board, said the ward was full.              | said | 'Ana Lutz, who chairs the board,'",
            "Two unions, including the Tarn Nurses Union, said the ward was full. | said | 'Two unions, including the Tarn Nurses Union,'",
            "Sen. Ana Lutz (D-Tarn) said the ward was full.                       | said | Sen. Ana Lutz (D-Tarn)",
            "Sen. Ana Lutz (D-Tarn) has repeatedly said the ward was full. | has repeatedly said | Sen. Ana Lutz (D-Tarn)",
            // near misses: what the speaker was doing, or a word of discourse, is no description
            "Ana Lutz, speaking at a rally in Tarn, said the ward was full.       | said | Ana Lutz",
            "Ana Lutz, though, said the ward was full.                            | said | Ana Lutz",
            "Ana Lutz, however, said the ward was full.                           | said | Ana Lutz",
            "Ana Lutz, in an interview on Friday, said the ward was full.         | said | Ana Lutz",
            "Ana Lutz, clearly frustrated, said the ward was full.                | said | Ana Lutz",
            "Ana Lutz, for her part, said the ward was full.                      | said | Ana Lutz",
            "Ana Lutz and Bo Marr both said the ward was full.                    | said | Ana Lutz and Bo Marr",
            // a time opening the clause without a comma is the saying's, not the subject's
            "Last month her lawyers said she had won back custody.                | said | her lawyers",
            "In 2015 the council said the ward was full.                          | said | the council",
            "Earlier this year officials said the ward was full.                  | said | officials",
            "Yesterday the ministry said the ward was full.                       | said | the ministry",
            "Monday's report said the ward was full.                              | said | Monday's report",
            // the subject a participle shares keeps its titles and roles
            "Former Minister of Transport Ana Lutz criticised the plan, saying it was rushed.   | saying  | Former Minister of Transport Ana Lutz",
            "Choir member Ana Lutz posted the news online, writing that rehearsals would resume. | writing | Choir member Ana Lutz",
            "The Lutz campaign issued a statement, saying the count was wrong.                 | saying  | The Lutz campaign",
            "A spokesman for the Tarn council defended the route and said it was safe.          | said    | A spokesman for the Tarn council",
            "An aide to Mayor Ana Lutz left the hall and said the count was wrong.              | said    | An aide to Mayor Ana Lutz",
            "A spokesman visited the site and said the count was wrong.                         | said    | A spokesman",
            // a participle after a record the subject put out reports for the subject
            "Ana Lutz issued a statement saying the count was wrong.                        | saying  | Ana Lutz",
            "The ministry released a statement saying talks would resume.                   | saying  | The ministry",
            "Ana Lutz's campaign sent out a statement saying the count was wrong.           | saying  | Ana Lutz's campaign",
            "Ana Lutz's lawyer, Bo Marr, later released a statement saying she was innocent. | saying  | 'Ana Lutz''s lawyer, Bo Marr,'",
            "A statement from the ministry saying talks would resume was read out.          | saying  | A statement from the ministry",
            // near misses: the name's own verb ends it, and its object is no part of the source
            "Ana Lutz recently urged voters to stay home, saying the race was over.            | saying  | Ana Lutz",
            "Ana Lutz thanked Bo Marr for the help, saying the race was over.                  | saying  | Ana Lutz",
            // a report inside a report relays it ("the minister told the paper"); a speech verb that made a thing does not
            "The Tarn Courier reported that the minister told the paper the count was wrong.  | told    | the minister",
            "Ana Lutz said her band wrote a dozen new songs for the tour.                     | said    | Ana Lutz",
            "The Courier said Bo Marr provided a written statement on the count.              | said    | The Courier",
            // an inverted source takes the description after it to the sentence's end, a role without an article too
            "\"The count is wrong,\" said Ana Lutz, co-director of the Tarn Centre for Policy Research.     | said | Ana Lutz, co-director of the Tarn Centre for Policy Research",
            "\"It is late,\" said Bo Marr, a former adviser to the governor who is now a fellow at the Tarn Institute for Public Policy and Rural Affairs in the valley. | said | Bo Marr, a former adviser to the governor who is now a fellow at the Tarn Institute for Public Policy and Rural Affairs in the valley",
            "\"The count is wrong,\" said Ana Lutz, adding that the vote would be held again.                | said | Ana Lutz",
            "\"The count is wrong,\" said Ana Lutz, speaking at the town hall on Friday.                     | said | Ana Lutz",
            // a body that issues a record speaks through it, whatever its head noun; a connective is not the subject's
            "The town issued a statement saying the bridge was safe.                     | saying | The town",
            "His office put out a statement saying the bridge was safe.                  | saying | His office",
            "Jo Carter however said the bridge was safe.                                 | however said | Jo Carter",
            // a bracketed aside after a name, then a comma, is the name's; an opening adverb or conjunction is no name
            "After the vote, Gov. Jo Roe (R-Tarn), said the count was wrong.                | said | Gov. Jo Roe (R-Tarn)",
            "But she has also pushed for a recount, saying the count was wrong.              | saying | she",
            "Kelly, the host, said the count was wrong.                                      | said | Kelly, the host,",
            "Essentially, Jo Roe read the files and found that nothing was missing.          | found | Jo Roe",
            // a bare role after a name, its comma never closed, is the name's; a place or time before a comma is not
            "“It is over,” Jo Roe, spokesman for the port said on Monday.                    | said | Jo Roe, spokesman for the port",
            "Jo Roe, director of the port authority said the port was shut.                  | said | Jo Roe, director of the port authority",
            "In Tarn Valley, spokesman Jo Lutz said the port was shut.                       | said | spokesman Jo Lutz",
            "By Monday, officials said the port was shut.                                    | said | officials",
            "Last Monday, spokesman Jo Lutz said the port was shut.                          | said | spokesman Jo Lutz",
            "Jo Roe, officials said, had left the port.                                      | said | officials",
            // an opening participle and its preposition tell of the subject, and are not it
            "Reached by phone on Friday, Jo Roe said the count was wrong.                     | said | Jo Roe",
            "Alarmed by the count, the party chairman, Jo Roe, said it was wrong.             | said | 'the party chairman, Jo Roe,'",
            // set off after a head, the participle is the head's
            "The survey, conducted for the council, found that the count was wrong.          | found | 'The survey, conducted for the council,'",
            // a "that" relative inside an inverted source describes; "said Tuesday that" opens what was said
            "\"It was all lies,\" said one owner of a shop that sells shoes.                  | said | one owner of a shop that sells shoes",
            "\"It is over,\" the mayor said Tuesday that the plan was dead.                     | said | the mayor",
            // right after a quotation the words after the cue are its speaker, however long; after a bare comma a
            // phrase set off after the subject keeps the cue's subject before it, and "said the ship left" is content
            "“It is late,” said one nurse familiar with the Tarn hospital's night shift rota.   | said | one nurse familiar with the Tarn hospital's night shift rota",
            "The audit, attributed to the port authority, said the pier collapsed in May.     | said | 'The audit, attributed to the port authority,'",
            "The firm, a Tarn supplier, said the pier collapsed in May.                       | said | 'The firm, a Tarn supplier,'",
            "The pier, a ruin, was old, said Jo Roe.                                           | said | Jo Roe",
            "The pier was old, said the port director.                                         | said | the port director",
            // a verb after "and" shares the subject of the sentence's first clause, past the subordinator that opens it
            "When the mayor thanked the crowd and said it was good to be home, a man shouted. | said | the mayor",
            "Because Jo Roe resigned and said the board had lied, the vote failed.            | said | Jo Roe",
            "Jo Roe thanked the crowd and said it was good to be home.                        | said | Jo Roe",
            // a participle after a comma or a dash shares the subject that opens the sentence, a description included
            "A Tarn District Court judge sided with the council, saying the law was void.      | saying | A Tarn District Court judge",
            "His chief aide doubled down on the attacks, saying she was unfit.                 | saying | His chief aide",
            "Jo Roe flipped her choice on the spot – saying she was rooting for Tarn.          | saying | Jo Roe",
            "The billionaire businessman began by talking about the crisis, saying heroin is cheap. | saying | The billionaire businessman",
            "Jo Roe was frank about her distaste for Cy Dahl, the party's leader, saying voters must unite. | saying | Jo Roe",
            "Her campaign sued the council in court on Friday, claiming the move was unlawful. | claiming | Her campaign",
            "Jo Roe, a lawyer, saying the pier was old, left the hall.                         | saying | 'Jo Roe, a lawyer,'",
            // a demonstrative opens a short subject ("this week" stays a time); a subject after the hearer opens
            // what was told, not an order ("told the board to leave" is one)
            "“The kids do not like him,” this source said.                                     | said | this source",
            "Jo Roe told the Courier he wanted to stay neutral.                                | told | Jo Roe",
            "Jo Roe told reporters it was time to go.                                          | told | Jo Roe",
            // "at least" bounds a count that opens the subject
            "At least two officials said the pier was old.                                     | said | At least two officials",
            "At least a dozen members of the council told the Courier the pier was old.        | told | At least a dozen members of the council",
            // a gerund after a preposition says what the subject of its clause did
            "Jo Roe responded by saying the pier was old.                                      | saying | Jo Roe",
            "Although it was late, Jo Roe took the last step of announcing that the pier would close. | announcing | Jo Roe",
            "The board made a point of saying the pier was safe.                               | saying | The board",
            // "with" and a noun phrase before a participle: the phrase is the participle's subject
            "Voters trust her, with 50 percent saying she is prepared.                         | saying | 50 percent",
            "With three in 10 saying the choice had no effect, the poll closed.                | saying | three in 10",
            // a verb after "and" inside a relative clause shares the relative's subject, not the sentence's
            "The video drew demonstrators, who took to the streets and called for its release. | called for | who",
            "Jo Roe met voters who liked the plan and said it would pass.                      | said | who",
            "Jo Roe met the voters and said the plan would pass.                               | said | Jo Roe",
            // a relative clause with no "who" (its own pronoun and verb) after a head that names people is the subject's
            "Democrats we interviewed said the race was close.                                | said | Democrats we interviewed",
            "The pier was shut. Officials she met said the pier was old.                      | said | Officials she met",
            "In the towns we visited, voters said they were tired.                            | said | voters",
            "The board we elected said it was tired.                                          | said | The board we elected",
            // a pronoun that reports inside a report is the speaker telling of their own words, not a relay
            "Ana Lutz said she had told the board that the count was wrong.                    | said    | Ana Lutz",
            "The Courier reported that Bo Marr told the board the count was wrong.             | told    | Bo Marr",
            // speakers joined by "and" that open the clause are one source; a verb's object before "and" is not
            "Union members and leaders say the pier is shut.                                   | say       | Union members and leaders",
            "Since May, Mr. Lutz and other officials have said the pier is shut.                | have said | Mr. Lutz and other officials",
            "Officials met protesters and leaders said the pier was shut.                      | said      | leaders",
            "The strike ended, and leaders said the pier was shut.                             | said      | leaders",
            // a relative clause that grants anonymity tells the arrangement, not who speaks; any other is the source's
            "Two officials present who requested anonymity to describe the talks said it failed. | said | Two officials present",
            "“It failed,” said one person close to the talks, who spoke on condition of anonymity. | said | one person close to the talks",
            "Jo Roe, who leads the union, said the pier was shut.                              | said      | Jo Roe, who leads the union,",
            // a word linking the sentence to the one before is not the source's
            "But state Rep. Jo Roe, a member of the board, said the pier was shut.             | said      | state Rep. Jo Roe, a member of the board,",
            "Even those who backed the plan said the pier was shut.                            | said      | those who backed the plan",
            "Then-mayor Jo Roe said the pier was shut.                                         | said      | Then-mayor Jo Roe",
            // a time closing the phrase after "according to" says when; after a participle it is the participle's
            "The gap is wide, according to a Tarn Courier poll last month.                     | according to | a Tarn Courier poll",
            "The gap was wide, according to Jo Roe at the time.                                | according to | Jo Roe",
            "The gap is wide, according to a survey taken last week.                          | according to | a survey taken last week",
            // a relative time opening the sentence is no subject: the participle shares the clause's
            "Hours later, Jo Roe returned the compliment to the crew, telling them it was great. | telling | Jo Roe",
            // "According to" that opens the sentence has its source up to the comma, however long, titles quoted
            "According to early results of exit polls conducted for the Courier by Acme Research, turnout was low. | According to | early results of exit polls conducted for the Courier by Acme Research",
            "According to her \"harbour\" plan, firms must repay any aid.                      | According to | her \"harbour\" plan",
            "According to the port director, Sven Aalto, the pier is shut.                     | According to | the port director, Sven Aalto",
            "The pier is shut, according to the port director, Sven Aalto.                     | according to | the port director, Sven Aalto",
            // a bare count of people is a subject, as polls report them
            "While most voters liked Roe, 43 said the same for Lutz.                           | said      | 43",
            "Since June, at least 210 said they would run.                                     | said      | at least 210",
            // "who" before a verb opens a relative clause of the subject; before a noun phrase it is the sayers'
            "Some 27 percent of those who named a candidate said they could change their mind. | said     | Some 27 percent of those who named a candidate",
            "The rule, which advocates say is unfair, was passed.                              | say       | advocates",
    })
    void sourceSpan(String sentence, String cue, String source) {
        assertEquals(source, sourceOf(sentence.strip(), cue));
    }

    /**
     * A relative clause set off after the subject that reports something itself is a claim of its own, the "who"
     * standing for the subject, and the main verb's source is the subject alone, not the clause's last words.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ana Lutz, who said the ward was full, said she would stay.          | the ward was full | she would stay",
            "The nurse, who has long argued for more beds, told reporters she would stay. | for more beds | she would stay",
    })
    void aReportingRelativeClauseIsAClaimOfItsOwn(String sentence, String inRelative, String inMain) {
        String text = LEAD + sentence.strip();
        Analysis a = ENGINE.analyze(text);
        String subject = sentence.strip().substring(0, sentence.indexOf(','));
        Claim relative = claimWith(a, text, inRelative.strip());
        Claim main = claimWith(a, text, inMain.strip());
        assertNotEquals(relative, main, "two claims");
        assertEquals("who", text.substring(relative.source().start(), relative.source().end()));
        assertEquals(subject, text.substring(main.source().start(), main.source().end()));
        assertEquals(main.source().id(), relative.source().id(), "the 'who' stands for the subject: one sources entry");
    }

    @org.junit.jupiter.api.Test
    void aReportingRelativeClauseAfterAnInvertedSourceIsAClaimOfItsOwn() {
        String text = LEAD + "“It was too late,” said Ana Lutz, a nurse from the valley, who said the ward was full.";
        Analysis a = ENGINE.analyze(text);
        Claim quote = claimWith(a, text, "It was too late");
        Claim relative = claimWith(a, text, "the ward was full");
        assertNotEquals(quote, relative, "two claims");
        assertEquals("who", text.substring(relative.source().start(), relative.source().end()));
        assertEquals(quote.source().id(), relative.source().id(), "the 'who' stands for Ana Lutz: one sources entry");
    }

    private static Claim claimWith(Analysis a, String text, String words) {
        return a.claims().stream().filter(c -> text.substring(c.start(), c.end()).contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with '" + words + "' in " + a.claims()));
    }
}
