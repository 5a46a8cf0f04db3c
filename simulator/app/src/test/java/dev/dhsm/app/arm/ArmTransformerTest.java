package dev.dhsm.app.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The query as ARM reads it: api-version and $-parameters by lower-case name; bad escapes are a 400. */
class ArmTransformerTest {
    @Test
    void queryParametersAreDecodedAndTheirArmNamesNormalized() {
        Map<String, String> q = ArmTransformer.parseQuery("API-Version=2021-11-30&%24top=2&$skipToken=4&x=a%2Fb");
        assertEquals("2021-11-30", q.get("api-version"));
        assertEquals("2", q.get("$top"));
        assertEquals("4", q.get("$skiptoken"));
        assertEquals("a/b", q.get("x"));
    }

    @Test
    void aMalformedEscapeIsABadRequest() {
        ArmException e = assertThrows(ArmException.class, () -> ArmTransformer.parseQuery("api-version=%zz"));
        assertEquals(400, e.status());
        assertEquals("InvalidRequestUri", e.code());
    }
}
