package io.planlens.jobs.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local file system without helper processes: the same files, permissions and renames as Hadoop's own. */
class NioLocalFileSystemTest {
    @TempDir
    java.nio.file.Path tmp;

    static Configuration conf() {
        Configuration c = new Configuration(false);
        c.set("fs.file.impl", NioLocalFileSystem.class.getName());
        c.set("fs.AbstractFileSystem.file.impl", NioLocalFileSystem.Fs.class.getName());
        c.setBoolean("fs.file.impl.disable.cache", true);
        return c;
    }

    static void write(FileSystem fs, Path f, String text) throws Exception {
        try (OutputStream out = fs.create(f)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void permissionsAreTheOnesAskedFor() throws Exception {
        FileSystem fs = FileSystem.get(tmp.toUri(), conf());
        assertTrue(fs instanceof NioLocalFileSystem);
        Path f = new Path(tmp.resolve("a/b/part-0.parquet").toUri());
        write(fs, f, "x");
        fs.setPermission(f, new FsPermission((short) 0640));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("a/b/part-0.parquet"))));
        assertEquals(new FsPermission((short) 0640), fs.getFileStatus(f).getPermission());
        fs.setPermission(new Path(tmp.resolve("a").toUri()), new FsPermission((short) 0751));
        assertEquals("rwxr-x--x", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("a"))));
        // the checksum file beside it, as Hadoop's local file system writes it
        assertTrue(Files.exists(tmp.resolve("a/b/.part-0.parquet.crc")));
    }

    @Test
    void renamesLikeTheDeltaLogDoesAndKnowsLinks() throws Exception {
        Configuration c = conf();
        FileContext fc = FileContext.getFileContext(tmp.toUri(), c);
        assertTrue(fc.getDefaultFileSystem() instanceof NioLocalFileSystem.Fs);
        FileSystem fs = FileSystem.get(tmp.toUri(), c);
        Path tmpFile = new Path(tmp.resolve(".00000.json.tmp").toUri());
        Path target = new Path(tmp.resolve("00000.json").toUri());
        write(fs, tmpFile, "{}");
        fc.rename(tmpFile, target, Options.Rename.NONE);
        assertTrue(fs.exists(target));
        assertFalse(fs.exists(tmpFile));
        // renaming onto an existing file without OVERWRITE fails: what keeps two Delta commits apart
        write(fs, tmpFile, "{}");
        assertThrows(FileAlreadyExistsException.class, () -> fc.rename(tmpFile, target, Options.Rename.NONE));

        FileStatus plain = fs.getFileLinkStatus(target);
        assertFalse(plain.isSymlink());
        assertEquals(2, plain.getLen());
        java.nio.file.Path link = Files.createSymbolicLink(tmp.resolve("link.json"), tmp.resolve("00000.json"));
        // a link takes Hadoop's own way: the same answer as Hadoop's local file system gives
        org.apache.hadoop.fs.LocalFileSystem hadoops = new org.apache.hadoop.fs.LocalFileSystem();
        hadoops.initialize(tmp.toUri(), new Configuration(false));
        assertEquals(hadoops.getFileLinkStatus(new Path(link.toUri())).isSymlink(),
                fs.getFileLinkStatus(new Path(link.toUri())).isSymlink());
        assertEquals(hadoops.getFileLinkStatus(target).getLen(), plain.getLen());
        assertThrows(FileNotFoundException.class, () -> fs.getFileLinkStatus(new Path(tmp.resolve("missing").toUri())));
    }
}
