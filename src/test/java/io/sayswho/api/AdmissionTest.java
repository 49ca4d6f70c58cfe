package io.sayswho.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class AdmissionTest {

    @Test
    void admitsUpToTheLimitThenRefusesUntilOneIsReleased() {
        Admission admission = new Admission(2);
        assertTrue(admission.tryAcquire());
        assertTrue(admission.tryAcquire());
        assertFalse(admission.tryAcquire());
        assertEquals(2, admission.inFlight(), "a refusal is not counted in flight");
        admission.release();
        assertTrue(admission.tryAcquire());
    }

    @Test
    void zeroRefusesEverythingAndNegativeIsAConfigurationError() {
        assertFalse(new Admission(0).tryAcquire());
        assertThrows(IllegalArgumentException.class, () -> new Admission(-1));
    }
}
