package dev.floe.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Where a member of a Floe cluster listens and whom it joins.
 *
 * @param clusterName the cluster's name; a member joins only a cluster of the same name
 * @param bindAddress the address this member listens on and announces; loopback unless told
 *     otherwise, so a cluster is private to the machine until the user opens it
 * @param port the port to listen on; 0 picks a free one
 * @param members {@code host:port} of members to join (may include this member's own)
 * @param secret the secret every member proves before it joins (mutual TLS, see README,
 *     Security), or null for none: then only loopback is allowed and any local user can join
 */
public record ClusterSettings(String clusterName, String bindAddress, int port,
    List<String> members, ClusterSecret secret) {
  /** The default cluster name. */
  public static final String DEFAULT_NAME = "floe";
  /** The address members bind to by default. */
  public static final String LOOPBACK = "127.0.0.1";
  /** The port a worker listens on by default. */
  public static final int DEFAULT_WORKER_PORT = 5701;
  /** The environment variable naming a secret file that clients and workers read by default. */
  public static final String SECRET_FILE_VARIABLE = "FLOE_SECRET_FILE";

  /** Settings without a secret. */
  public ClusterSettings(String clusterName, String bindAddress, int port, List<String> members) {
    this(clusterName, bindAddress, port, members, null);
  }

  /** Validates and copies the member list. */
  public ClusterSettings {
    Objects.requireNonNull(clusterName, "clusterName");
    Objects.requireNonNull(bindAddress, "bindAddress");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, not " + port);
    }
    members = List.copyOf(members);
    for (String member : members) {
      parsePort(member);
    }
  }

  /**
   * Settings for joining the members listed in {@code addresses} ({@code HOST:PORT[,HOST:PORT…]})
   * in the default cluster, from loopback on a free port, with the secret in the file that
   * {@value #SECRET_FILE_VARIABLE} names when it is set.
   */
  public static ClusterSettings joining(String addresses) {
    List<String> members = Arrays.stream(addresses.split(","))
        .map(String::trim).filter(text -> !text.isEmpty()).toList();
    if (members.isEmpty()) {
      throw new IllegalArgumentException("no member address in '" + addresses
          + "': give HOST:PORT[,HOST:PORT...]");
    }
    String secretFile = System.getenv(SECRET_FILE_VARIABLE);
    ClusterSecret secret = secretFile == null || secretFile.isBlank() ? null
        : ClusterSecret.readFrom(java.nio.file.Path.of(secretFile));
    return new ClusterSettings(DEFAULT_NAME, LOOPBACK, 0, members, secret);
  }

  /** These settings proving {@code newSecret} (null for none). */
  public ClusterSettings withSecret(ClusterSecret newSecret) {
    return new ClusterSettings(clusterName, bindAddress, port, members, newSecret);
  }

  /** These settings in the named cluster. */
  public ClusterSettings withClusterName(String name) {
    return new ClusterSettings(name, bindAddress, port, members, secret);
  }

  /** These settings listening on {@code address} (one of this machine's) instead. */
  public ClusterSettings withBindAddress(String address) {
    return new ClusterSettings(clusterName, address, port, members, secret);
  }

  /** These settings listening on {@code port}. */
  public ClusterSettings withPort(int newPort) {
    return new ClusterSettings(clusterName, bindAddress, newPort, members, secret);
  }

  private static void parsePort(String member) {
    int colon = member.lastIndexOf(':');
    try {
      int port = Integer.parseInt(member.substring(colon + 1));
      if (colon <= 0 || port <= 0 || port > 65535) {
        throw new NumberFormatException();
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + member + "' is not a member address: use HOST:PORT, e.g. 127.0.0.1:5701");
    }
  }
}
