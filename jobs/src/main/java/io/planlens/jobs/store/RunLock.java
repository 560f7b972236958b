package io.planlens.jobs.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;

/**
 * One run at a time per output folder. On a local disk an OS file lock (released by the kernel when
 * the process dies, even on SIGKILL, so a crash never leaves a stale lock); on other file systems an
 * exclusively created marker file, removed at the end of the run.
 */
public final class RunLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;
    private final org.apache.hadoop.fs.Path marker;
    private final FileSystem fs;

    private RunLock(FileChannel channel, FileLock lock, org.apache.hadoop.fs.Path marker, FileSystem fs) {
        this.channel = channel;
        this.lock = lock;
        this.marker = marker;
        this.fs = fs;
    }

    /** Takes the lock of {@code outDir} or fails at once with a message that says what to do. */
    public static RunLock acquire(String outDir, Configuration conf) {
        try {
            org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(outDir);
            FileSystem fs = out.getFileSystem(conf);
            fs.mkdirs(out);
            if ("file".equals(fs.getScheme())) {
                Path p = Path.of(fs.makeQualified(out).toUri()).resolve(".planlens.lock");
                FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock l;
                try {
                    l = ch.tryLock();
                } catch (OverlappingFileLockException e) {
                    l = null;
                }
                if (l == null) {
                    ch.close();
                    throw new IllegalStateException("another PlanLens run is writing to " + outDir
                            + "; wait for it to finish (nothing was changed by this one)");
                }
                ch.truncate(0);
                ch.write(java.nio.ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
                return new RunLock(ch, l, null, null);
            }
            org.apache.hadoop.fs.Path marker = new org.apache.hadoop.fs.Path(out, ".planlens.lock");
            try (FSDataOutputStream o = fs.create(marker, false)) {
                o.write(("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("another PlanLens run is writing to " + outDir
                        + " (lock file " + marker + "); if no run is active, delete that file and run again", e);
            }
            return new RunLock(null, null, marker, fs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + outDir, e);
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
                channel.close();
            }
            if (marker != null) {
                fs.delete(marker, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
