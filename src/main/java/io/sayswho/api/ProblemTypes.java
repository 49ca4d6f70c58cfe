package io.sayswho.api;

/**
 * The problem type URIs this API answers with. URNs rather than web addresses: they identify a kind of problem
 * without promising a page at an address; openapi.yaml documents each one.
 */
public final class ProblemTypes {
    public static final String BLANK = "about:blank";
    public static final String MALFORMED_JSON = "urn:sayswho:problem:malformed-json";
    public static final String INVALID_REQUEST = "urn:sayswho:problem:invalid-request";
    public static final String TEXT_TOO_LONG = "urn:sayswho:problem:text-too-long";
    public static final String BODY_TOO_LARGE = "urn:sayswho:problem:body-too-large";
    public static final String UNSUPPORTED_LANGUAGE = "urn:sayswho:problem:unsupported-language";
    public static final String OVERLOADED = "urn:sayswho:problem:overloaded";

    private ProblemTypes() {
    }
}
