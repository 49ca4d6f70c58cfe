package io.sayswho.bulk.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * One Jackson mapper for the command line. The service (Quarkus REST) writes the engine's records with Jackson's
 * defaults, so a default mapper of the same Jackson version writes an analysis field for field as the service
 * answers it; CliContractTest holds this to openapi.yaml. Reading is strict as the service's is: anything after
 * the object on a line is an error, not silently dropped.
 */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final ObjectReader READER = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }
}
