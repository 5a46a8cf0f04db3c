package dev.dhsm.appliance.transport;

import dev.dhsm.appliance.console.ConsoleListener;
import dev.dhsm.appliance.files.DirectoryFileArea;
import dev.dhsm.appliance.lunash.Lunash;
import dev.dhsm.appliance.ssh.SshListener;
import dev.dhsm.model.Appliance;
import dev.dhsm.model.ApplianceConfig;
import dev.dhsm.model.StateSink;
import dev.dhsm.model.SystemClock;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * For trying the transports by hand with a stock OpenSSH client or nc: a factory-fresh Azure appliance
 * with SSH on 127.0.0.1:{@code args[0]} (default 2222) and the serial console on {@code args[1]} (2323).
 */
public final class ManualTransportServer {
    private ManualTransportServer() {
    }

    public static void main(String[] args) throws Exception {
        int sshPort = args.length > 0 ? Integer.parseInt(args[0]) : 2222;
        int consolePort = args.length > 1 ? Integer.parseInt(args[1]) : 2323;
        Path dir = Files.createTempDirectory("dhsm-manual");
        DirectoryFileArea files = new DirectoryFileArea(dir.resolve("files"));
        Appliance appliance = Appliance.factoryNew(ApplianceConfig.azure("manual", "572413"), new SystemClock(),
                StateSink.NONE, files);
        Lunash lunash = new Lunash(appliance);
        try (SshListener ssh = SshListener.start(lunash, files, new InetSocketAddress("127.0.0.1", sshPort),
                dir.resolve("ssh_host_key"));
                ConsoleListener console = ConsoleListener.start(lunash, new InetSocketAddress("127.0.0.1", consolePort))) {
            System.out.println("ssh -p " + ssh.address().getPort() + " tenantadmin@127.0.0.1   (files in " + dir + ")");
            System.out.println("nc 127.0.0.1 " + console.address().getPort());
            new CountDownLatch(1).await();
        }
    }
}
