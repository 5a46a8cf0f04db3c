package dev.dhsm.appliance.ssh;

import dev.dhsm.appliance.files.DirectoryFileArea;
import java.nio.file.Path;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.session.SessionContext;

/**
 * What scp and sftp see on the appliance: the logged-in account's own file area as the root of a
 * rooted file system, so {@code scp f admin@hsm:} lands in its home and nothing outside it is reachable.
 */
final class AccountHomeFileSystemFactory extends VirtualFileSystemFactory {
    private final DirectoryFileArea files;

    AccountHomeFileSystemFactory(DirectoryFileArea files) {
        this.files = files;
    }

    @Override
    public Path getUserHomeDir(SessionContext session) {
        return files.homeOf(session.getUsername());
    }
}
