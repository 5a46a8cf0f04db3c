package dev.dhsm.wire.tls;

import java.security.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jsse.provider.BouncyCastleJsseProvider;

/**
 * The TLS implementation both ends of NTLS run on: the BouncyCastle JSSE provider over the BouncyCastle
 * crypto provider, created once and never registered globally (so nothing else in the JVM changes provider).
 *
 * <p>BCJSSE logs every connection at INFO through java.util.logging, which costs about 10 % of throughput;
 * its loggers are held here at WARNING, unless the application set their level itself (dhsm's command line
 * keeps them at SEVERE). The logger is kept in a field because java.util.logging only holds loggers weakly and
 * would otherwise forget the level.
 */
public final class BouncyCastleJsse {

    private static final Logger JSSE_LOGGER = quiet("org.bouncycastle.jsse");
    private static final Provider CRYPTO = new BouncyCastleProvider();
    private static final Provider JSSE = new BouncyCastleJsseProvider(CRYPTO);

    private BouncyCastleJsse() {
    }

    /**
     * The BCJSSE provider, for {@code SSLContext}, {@code KeyManagerFactory} and Netty's
     * {@code sslContextProvider}.
     */
    public static Provider jsse() {
        return JSSE;
    }

    /** The BouncyCastle crypto provider BCJSSE runs on. */
    public static Provider crypto() {
        return CRYPTO;
    }

    /** The logger BCJSSE writes to, already at WARNING. */
    static Logger jsseLogger() {
        return JSSE_LOGGER;
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        if (logger.getLevel() == null) {
            logger.setLevel(Level.WARNING);
        }
        return logger;
    }
}
