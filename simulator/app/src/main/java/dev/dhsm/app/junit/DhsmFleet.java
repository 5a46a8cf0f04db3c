package dev.dhsm.app.junit;

import dev.dhsm.model.Profile;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Powers on a fleet of emulated appliances for the annotated test class: {@code stamps} stamps of 12 customer
 * devices, 2 spares and a test device, each at its own {@code 127.0.1.x} address with the same free ports,
 * state in memory, one manual clock. Test methods take a {@link DhsmHandle} parameter.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(DhsmExtension.class)
public @interface DhsmFleet {
    int stamps() default 1;

    String region() default "eastus";

    Profile profile() default Profile.AZURE;

    String clockStart() default DhsmExtension.DEFAULT_CLOCK_START;

    /** Also serve the HTTPS control API on a free port ({@link DhsmHandle#controlUri()}). */
    boolean https() default false;
}
