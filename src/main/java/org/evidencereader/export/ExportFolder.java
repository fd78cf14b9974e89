package org.evidencereader.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Where an export is written: a fresh folder made beside the target, filled, then renamed into
 * place, so a reader of the target sees the old site or the new one, never half of each, and no
 * file is ever written through a link someone left in the way. The target is refused when it is
 * the root folder, when it or any folder above it is a symbolic link, when it holds a symbolic
 * link (an export never does), and when it is a folder with files that is not an earlier export
 * (unless forced): an export replaces the whole folder.
 */
public final class ExportFolder {

    /** The file that marks a folder as an export, so that the next one may replace it. */
    public static final String MARKER = ".evidence-reader-export";

    /** Why a target cannot be written; the message says how to fix it. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private final Path target;
    private final Path staging;

    private ExportFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Checks the target and makes the fresh folder beside it. */
    public static ExportFolder prepare(Path out, boolean force) throws Refused, IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new Refused("--out=" + out + " is the root folder; give a folder of its own, such as --out=site");
        }
        Path on = target.getRoot();
        for (Path name : target) {
            on = on.resolve(name);
            if (Files.isSymbolicLink(on)) {
                throw new Refused(on
                        + " is a symbolic link; give the folder's real path (an export never writes through a link)");
            }
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new Refused(target + " is not a folder; give a folder, or a name that does not exist yet");
            }
            boolean export = Files.isRegularFile(target.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
            if (!export && !force && !isEmpty(target)) {
                throw new Refused(
                        target + " has files and is not an earlier export, and an export replaces the whole folder;"
                                + " give an empty or new folder, or add --force to replace it");
            }
            Path link = firstLink(target);
            if (link != null) {
                throw new Refused(link + " is a symbolic link inside " + target
                        + "; remove it (an export never writes through a link)");
            }
        }
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".export-");
        return new ExportFolder(target, staging);
    }

    /** The folder to write into. */
    public Path staging() {
        return staging;
    }

    public Path target() {
        return target;
    }

    /** Marks the written folder as an export and puts it in place of the target (the old one is deleted). */
    public void commit() throws IOException {
        Files.writeString(
                staging.resolve(MARKER), "Written by evidence-reader export; the next export replaces this folder.\n");
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) {
            delete(old);
        }
    }

    /** Deletes what was written, leaving the target as it was. */
    public void abandon() throws IOException {
        delete(staging);
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    /** A symbolic link somewhere inside the folder, or null. */
    private static Path firstLink(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isSymbolicLink).findFirst().orElse(null);
        }
    }

    /** Deletes a folder and everything in it; links are deleted, never followed. */
    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
