package dev.dhsm.model;

/** What a device in an Azure Dedicated HSM stamp is for: a customer HSM, a spare, or the stamp's test device. */
public enum DeviceKind {
    CUSTOMER,
    SPARE,
    TEST
}
