package io.planlens.jobs.store;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFs;
import org.apache.hadoop.fs.DelegateToFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FsConstants;
import org.apache.hadoop.fs.FsServerDefaults;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.local.LocalConfigKeys;
import org.apache.hadoop.fs.permission.FsAction;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's {@code file:} file system, with permissions set and links looked up through {@code java.nio}
 * instead of a process. Without Hadoop's native library (which no Maven artifact carries),
 * {@link RawLocalFileSystem} starts a {@code chmod} for every file and folder it creates (every Parquet
 * file, checksum file, partition folder and Delta log entry) and a {@code readlink} for every rename
 * (every Delta commit), which made the warehouse writes wait on process starts for most of their time.
 * Same permissions, same files; only how they are set and read differs.
 */
public final class NioLocalFileSystem extends LocalFileSystem {
    public NioLocalFileSystem() {
        super(new Raw());
    }

    /** The raw (checksum-less) file system underneath. */
    public static final class Raw extends RawLocalFileSystem {
        @Override
        public void setPermission(Path p, FsPermission permission) throws IOException {
            java.nio.file.Path f = pathToFile(p).toPath();
            try {
                Files.setPosixFilePermissions(f, posix(permission));
            } catch (UnsupportedOperationException e) {
                super.setPermission(p, permission); // a file system without POSIX permissions
            }
        }

        /** A file that is not a symbolic link is its own status; only links take Hadoop's way. */
        @Override
        public FileStatus getFileLinkStatus(Path p) throws IOException {
            if (!Files.isSymbolicLink(pathToFile(p).toPath())) {
                return getFileStatus(p);
            }
            return super.getFileLinkStatus(p);
        }
    }

    /**
     * The same for {@code FileContext}, which Delta's log store commits through: Hadoop's {@code LocalFs}
     * builds its own {@link RawLocalFileSystem}, so it needs a twin over {@link Raw}
     * ({@code fs.AbstractFileSystem.file.impl}).
     */
    public static final class Fs extends ChecksumFs {
        public Fs(URI uri, Configuration conf) throws IOException, URISyntaxException {
            super(new RawFs(conf));
        }
    }

    /** What Hadoop's {@code RawLocalFs} is, over {@link Raw}. */
    static final class RawFs extends DelegateToFileSystem {
        RawFs(Configuration conf) throws IOException, URISyntaxException {
            super(FsConstants.LOCAL_FS_URI, new Raw(), conf, FsConstants.LOCAL_FS_URI.getScheme(), false);
        }

        @Override
        public int getUriDefaultPort() {
            return -1;
        }

        @Override
        public FsServerDefaults getServerDefaults(Path f) throws IOException {
            return LocalConfigKeys.getServerDefaults();
        }

        @Override
        @SuppressWarnings("deprecation")
        public FsServerDefaults getServerDefaults() throws IOException {
            return LocalConfigKeys.getServerDefaults();
        }

        @Override
        public boolean isValidName(String src) {
            return true;
        }
    }

    static Set<PosixFilePermission> posix(FsPermission p) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        add(s, p.getUserAction(), PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE);
        add(s, p.getGroupAction(), PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_EXECUTE);
        add(s, p.getOtherAction(), PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_EXECUTE);
        return s;
    }

    private static void add(Set<PosixFilePermission> s, FsAction a, PosixFilePermission r, PosixFilePermission w,
                            PosixFilePermission x) {
        if (a.implies(FsAction.READ)) s.add(r);
        if (a.implies(FsAction.WRITE)) s.add(w);
        if (a.implies(FsAction.EXECUTE)) s.add(x);
    }
}
