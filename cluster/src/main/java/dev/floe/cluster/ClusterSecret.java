package dev.floe.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

/**
 * The secret every member of one cluster holds: a worker or client joins, and sends work, only
 * after proving it holds the same one (see {@code MemberIdentity}). It never travels: members
 * prove it by a code computed from it. Read it from a file only its owner can read, or from a
 * named environment variable; never put it on a command line.
 */
public final class ClusterSecret {
  private static final int GENERATED_BYTES = 32;
  private static final int MIN_BYTES = 16;
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private final byte[] bytes;

  private ClusterSecret(byte[] bytes) {
    if (bytes.length < MIN_BYTES) {
      throw new IllegalArgumentException("a cluster secret needs at least " + MIN_BYTES
          + " bytes; make one with `floe secret --out FILE`");
    }
    this.bytes = bytes.clone();
  }

  /** A fresh random secret (256 bits). */
  public static ClusterSecret generate() {
    byte[] bytes = new byte[GENERATED_BYTES];
    new SecureRandom().nextBytes(bytes);
    return new ClusterSecret(Base64.getUrlEncoder().withoutPadding().encode(bytes));
  }

  /**
   * The secret in {@code file} (its text, surrounding white space ignored). The file must be
   * readable by its owner only where the file system says who may read (POSIX).
   */
  public static ClusterSecret readFrom(Path file) {
    try {
      if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(permissions)) {
          throw new IllegalArgumentException("secret file " + file + " can be read by others ("
              + PosixFilePermissions.toString(permissions) + "); chmod 600 it");
        }
      }
      return new ClusterSecret(Files.readString(file, StandardCharsets.UTF_8).strip()
          .getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the secret file " + file + ": " + e, e);
    }
  }

  /** The secret in the environment variable {@code name}. */
  public static ClusterSecret fromEnvironment(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the environment variable " + name
          + " holds no cluster secret");
    }
    return new ClusterSecret(value.strip().getBytes(StandardCharsets.UTF_8));
  }

  /** Writes this secret to a new file only its owner can read (where permissions exist). */
  public void writeTo(Path file) {
    try {
      if (Files.exists(file)) {
        throw new FileAlreadyExistsException(file.toString());
      }
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } else {
        Files.createFile(file);
      }
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the secret to " + file, e);
    }
  }

  /** The secret's bytes (a copy). */
  byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ClusterSecret secret
        && java.security.MessageDigest.isEqual(bytes, secret.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** Never the secret itself. */
  @Override
  public String toString() {
    return "ClusterSecret[hidden]";
  }
}
