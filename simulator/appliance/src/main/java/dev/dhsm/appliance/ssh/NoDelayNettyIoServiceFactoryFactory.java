package dev.dhsm.appliance.ssh;

import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import org.apache.sshd.common.FactoryManager;
import org.apache.sshd.common.io.IoAcceptor;
import org.apache.sshd.common.io.IoHandler;
import org.apache.sshd.common.io.IoServiceFactory;
import org.apache.sshd.netty.NettyIoAcceptor;
import org.apache.sshd.netty.NettyIoServiceFactory;
import org.apache.sshd.netty.NettyIoServiceFactoryFactory;

/**
 * The appliance's sshd socket layer: MINA SSHD on Netty with Nagle's algorithm off on every accepted
 * connection. MINA's Netty acceptor leaves TCP_NODELAY unset, which costs each command round trip
 * 40-90 ms of delayed-ACK stall; a real sshd sets it for interactive sessions. The server's
 * {@link org.apache.sshd.common.io.IoServiceEventListener} (which may refuse a connection at accept) is handed
 * to the acceptor here: MINA's Netty factory, unlike its NIO2 one, does not pass it on.
 */
final class NoDelayNettyIoServiceFactoryFactory extends NettyIoServiceFactoryFactory {
    NoDelayNettyIoServiceFactoryFactory(EventLoopGroup group) {
        super(group);
    }

    @Override
    public IoServiceFactory create(FactoryManager manager) {
        return new NettyIoServiceFactory(manager, eventLoopGroup) {
            @Override
            public IoAcceptor createAcceptor(IoHandler handler) {
                NoDelayAcceptor acceptor = new NoDelayAcceptor(this, handler);
                acceptor.setIoServiceEventListener(manager.getIoServiceEventListener());
                return acceptor;
            }
        };
    }

    /**
     * The Netty acceptor with TCP_NODELAY on its child channels, and SO_REUSEADDR on the listening socket so that
     * a rebuilt appliance can listen on its port again while connections it closed linger in TIME_WAIT.
     */
    private static final class NoDelayAcceptor extends NettyIoAcceptor {
        NoDelayAcceptor(NettyIoServiceFactory factory, IoHandler handler) {
            super(factory, handler);
            bootstrap.childOption(ChannelOption.TCP_NODELAY, Boolean.TRUE);
            bootstrap.option(ChannelOption.SO_REUSEADDR, Boolean.TRUE);
        }
    }
}
