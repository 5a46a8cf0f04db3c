package dev.dhsm.model;

/** A manually configured route, as {@code network route add} sets it. */
public record NetworkRoute(String network, String netmask, String gateway, String device) {
}
