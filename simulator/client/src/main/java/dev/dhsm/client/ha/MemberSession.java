package dev.dhsm.client.ha;

import dev.dhsm.client.Session;

/**
 * A virtual-slot session's session on one member partition, opened for one generation of that member (when the
 * member fails or comes back, the next request opens a new one).
 *
 * @param serial     the member partition's serial number
 * @param generation the member's generation when it was opened
 * @param session    the session on the member's appliance
 * @param objects    the virtual slot's handle table
 */
record MemberSession(String serial, long generation, Session session, VirtualObjects objects) {

    /** The member's handle for a virtual-slot handle. */
    long handle(long virtualHandle) {
        return objects.resolve(this, virtualHandle);
    }
}
