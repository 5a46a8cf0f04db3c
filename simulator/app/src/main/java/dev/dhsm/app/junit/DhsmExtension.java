package dev.dhsm.app.junit;

import dev.dhsm.app.control.EmulatorControl;
import dev.dhsm.model.ManualClock;
import dev.dhsm.model.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that powers on an emulated Luna 7 appliance or fleet before a test class's first test and
 * powers it off after its last: use {@link DhsmAppliance} or {@link DhsmFleet} on the class, or register one
 * in a static field ({@code @RegisterExtension static DhsmExtension dhsm = DhsmExtension.appliance();}). Test
 * and lifecycle methods take a {@link DhsmHandle}, {@link EmulatorControl} or {@link ManualClock} parameter.
 */
public final class DhsmExtension implements BeforeAllCallback, ParameterResolver {
    static final String DEFAULT_CLOCK_START = "2026-01-05T09:00:00Z";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DhsmExtension.class);

    /** What to power on when registered in a field; null reads the class's annotation. */
    private final Setup setup;

    private record Setup(int stamps, String region, Profile profile, String clockStart, boolean https) {
    }

    /** Used by {@code @ExtendWith} through the annotations: reads {@link DhsmAppliance} or {@link DhsmFleet}. */
    public DhsmExtension() {
        this(null);
    }

    private DhsmExtension(Setup setup) {
        this.setup = setup;
    }

    /** One Azure-profile appliance. */
    public static DhsmExtension appliance() {
        return new DhsmExtension(new Setup(0, "eastus", Profile.AZURE, DEFAULT_CLOCK_START, false));
    }

    /** {@code stamps} stamps in {@code eastus}. */
    public static DhsmExtension fleet(int stamps) {
        return new DhsmExtension(new Setup(stamps, "eastus", Profile.AZURE, DEFAULT_CLOCK_START, false));
    }

    /** The same, with the HTTPS control API served too. */
    public DhsmExtension withHttps() {
        Setup s = setup == null ? appliance().setup : setup;
        return new DhsmExtension(new Setup(s.stamps(), s.region(), s.profile(), s.clockStart(), true));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Setup wanted = setup != null ? setup : fromAnnotations(context.getRequiredTestClass());
        context.getStore(NAMESPACE).getOrComputeIfAbsent(DhsmHandle.class, key -> start(wanted),
                DhsmHandle.class);
    }

    private static Setup fromAnnotations(Class<?> testClass) {
        DhsmAppliance one = testClass.getAnnotation(DhsmAppliance.class);
        DhsmFleet fleet = testClass.getAnnotation(DhsmFleet.class);
        if (one != null && fleet != null) {
            throw new ExtensionConfigurationException("use @DhsmAppliance or @DhsmFleet on " + testClass.getName()
                    + ", not both");
        }
        if (fleet != null) {
            if (fleet.stamps() < 1) {
                throw new ExtensionConfigurationException("@DhsmFleet needs at least 1 stamp");
            }
            return new Setup(fleet.stamps(), fleet.region(), fleet.profile(), fleet.clockStart(), fleet.https());
        }
        if (one != null) {
            return new Setup(0, "eastus", one.profile(), one.clockStart(), one.https());
        }
        return appliance().setup;
    }

    private static DhsmHandle start(Setup s) {
        try {
            return DhsmHandle.start(s.stamps(), s.region(), s.profile(), Instant.parse(s.clockStart()), s.https());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot power on the emulated appliance: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == DhsmHandle.class || type == EmulatorControl.class || type == ManualClock.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        DhsmHandle handle = context.getStore(NAMESPACE).get(DhsmHandle.class, DhsmHandle.class);
        if (handle == null) {
            throw new ExtensionConfigurationException("no emulated appliance is running for "
                    + context.getDisplayName() + ": register DhsmExtension in a static field or annotate the class");
        }
        Class<?> type = parameter.getParameter().getType();
        if (type == EmulatorControl.class) {
            return handle.control();
        }
        return type == ManualClock.class ? handle.clock() : handle;
    }
}
