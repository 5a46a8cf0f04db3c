package dev.dhsm.model;

import java.util.List;

/**
 * What the emulated Azure Dedicated HSM reports about itself: appliance software 7.2.0-220, firmware
 * 7.0.3, a Luna K7 card with part number 808-000066-001, 32 MiB of HSM storage, and its factory packages.
 */
public final class Versions {
    public static final String SOFTWARE = "7.2.0-220";
    public static final String FIRMWARE = "7.0.3";
    public static final String HSM_MODEL = "Luna K7";
    public static final String PART_NUMBER = "808-000066-001";
    public static final long HSM_STORAGE_BYTES = 33_554_432L;
    public static final String BANNER = "Luna Network HSM Command Line Shell v" + SOFTWARE
            + ". Copyright (c) 2018 SafeNet. All rights reserved.";

    private Versions() {
    }

    static List<InstalledPackage> factoryPackages() {
        return List.of(
                new InstalledPackage("kernel", "3.10.0-693.el7", InstalledPackage.SYSTEM),
                new InstalledPackage("openssh-server", "7.4p1-16.el7", InstalledPackage.SYSTEM),
                new InstalledPackage("openssl", "1.0.2k-12.el7", InstalledPackage.SYSTEM),
                new InstalledPackage("lunasa_config", SOFTWARE, InstalledPackage.SOFTWARE),
                new InstalledPackage("lunash", SOFTWARE, InstalledPackage.SOFTWARE),
                new InstalledPackage("ntls", SOFTWARE, InstalledPackage.SOFTWARE),
                new InstalledPackage("lunafw", FIRMWARE, InstalledPackage.SOFTWARE));
    }
}
