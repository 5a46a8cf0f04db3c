package dev.dhsm.app.junit;

import dev.dhsm.model.Profile;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Powers on one factory-fresh emulated Luna 7 appliance (as Azure ships it) for the annotated test class:
 * in-process, on loopback and free ports, state in memory, with a manual clock that only the test moves. Test
 * methods (and {@code @BeforeAll}/{@code @BeforeEach} methods) take a {@link DhsmHandle} parameter.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(DhsmExtension.class)
public @interface DhsmAppliance {
    /** How the appliance comes out of the box. */
    Profile profile() default Profile.AZURE;

    /** Where the manual clock starts (ISO-8601). */
    String clockStart() default DhsmExtension.DEFAULT_CLOCK_START;

    /** Also serve the HTTPS control API on a free port ({@link DhsmHandle#controlUri()}). */
    boolean https() default false;
}
