package dev.dhsm.model;

/**
 * A partition as a client sees it in its slot list: serial, label, whether initialized, its cloning domain
 * fingerprint, private-key cloning policy, storage and object count.
 */
public record SlotView(String serial, String name, String label, boolean initialized, String domainFingerprint,
                       int privateKeyCloning, long totalBytes, long usedBytes, int objects) {
}
