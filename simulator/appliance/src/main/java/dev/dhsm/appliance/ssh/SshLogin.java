package dev.dhsm.appliance.ssh;

import dev.dhsm.model.Appliance;
import dev.dhsm.model.ShellSession;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.session.Session;

/**
 * The appliance login behind one SSH connection: the shell session that password authentication opened,
 * handed to the first shell or exec channel (which runs lunash, and lunash ends it), or ended when the
 * connection closes if no channel took it (an scp-only connection). Either way it ends exactly once.
 */
final class SshLogin {
    static final AttributeKey<SshLogin> KEY = new AttributeKey<>();

    private final Appliance appliance;
    private final ShellSession session;
    private final AtomicBoolean handedOver = new AtomicBoolean();

    SshLogin(Appliance appliance, ShellSession session) {
        this.appliance = appliance;
        this.session = session;
    }

    static Optional<SshLogin> of(Session connection) {
        return Optional.ofNullable(connection.getAttribute(KEY));
    }

    ShellSession session() {
        return session;
    }

    /** Hands the session to a channel that will end it; empty if another channel already has it. */
    Optional<ShellSession> claim() {
        return handedOver.compareAndSet(false, true) ? Optional.of(session) : Optional.empty();
    }

    /** The connection is gone: ends the session unless a channel took charge of it. */
    void endUnlessClaimed() {
        if (handedOver.compareAndSet(false, true)) {
            appliance.endSession(session);
        }
    }
}
