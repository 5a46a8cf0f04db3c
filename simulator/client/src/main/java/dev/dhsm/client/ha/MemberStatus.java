package dev.dhsm.client.ha;

/**
 * One member of an HA group as the library reports it ({@code CA_GetHAState} on a real client).
 *
 * @param serial the member partition's serial number
 * @param state  alive or down in this process
 */
public record MemberStatus(String serial, MemberState state) {
}
