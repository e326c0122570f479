package dev.floe.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.ExecutorConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts Hazelcast members the way Floe uses them: TCP/IP join to a fixed member list (never
 * multicast), bound to one address, no phone-home, quiet logging, quick failure detection, and
 * the message executor. Workers are full members; a client joins as a lite member, so that it can
 * be addressed like a worker but holds none of Hazelcast's partitions.
 */
final class HazelcastSetup {
  /** How long a silent member is given before it is declared dead. */
  static final int MAX_NO_HEARTBEAT_SECONDS = 5;
  /** Member attribute: a worker's thread count. */
  static final String THREADS_ATTRIBUTE = "floe.threads";
  /** Member attribute: a worker's name, for errors and events. */
  static final String NAME_ATTRIBUTE = "floe.name";

  /** JVM options that give Hazelcast the internal access it asks for. */
  static final List<String> JVM_OPTIONS = List.of(
      "--add-modules", "java.se",
      "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED",
      "--add-opens", "java.base/java.lang=ALL-UNNAMED",
      "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens", "java.management/sun.management=ALL-UNNAMED",
      "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED");

  private static final String LOGGING_PROPERTY = "hazelcast.logging.type";
  private static final int MESSAGE_THREADS = 8;

  private HazelcastSetup() {}

  /** Starts a member with {@code node} in its user context. */
  static HazelcastInstance start(ClusterSettings settings, boolean lite, Object node,
      Map<String, String> attributes) {
    if (System.getProperty(LOGGING_PROPERTY) == null) {
      // Hazelcast logs before it reads its config; Floe reports what matters itself.
      System.setProperty(LOGGING_PROPERTY, "none");
    }
    Config config = new Config();
    config.setClusterName(settings.clusterName());
    config.setInstanceName("floe-" + (lite ? "client-" : "worker-") + System.nanoTime());
    config.setLiteMember(lite);
    config.setClassLoader(HazelcastSetup.class.getClassLoader());
    config.setProperty("hazelcast.logging.type", "none");
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.socket.bind.any", "false");
    config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
    config.setProperty("hazelcast.max.no.heartbeat.seconds",
        Integer.toString(MAX_NO_HEARTBEAT_SECONDS));
    config.setProperty("hazelcast.partition.count", "31");
    config.setProperty("hazelcast.shutdownhook.enabled", "false");
    config.setProperty("hazelcast.wait.seconds.before.join", "0");
    config.getMemberAttributeConfig().setAttributes(attributes);

    NetworkConfig network = config.getNetworkConfig();
    int port = settings.port() == 0 ? freePort(settings.bindAddress()) : settings.port();
    network.setPort(port).setPortAutoIncrement(settings.port() == 0);
    network.getInterfaces().setEnabled(true).addInterface(settings.bindAddress());
    network.setPublicAddress(settings.bindAddress() + ":" + port);
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).setMembers(settings.members());

    config.addExecutorConfig(new ExecutorConfig(Protocol.EXECUTOR)
        .setPoolSize(MESSAGE_THREADS).setStatisticsEnabled(false));
    ConcurrentHashMap<String, Object> context = new ConcurrentHashMap<>();
    context.put(Protocol.NODE, node);
    config.setUserContext(context);
    return Hazelcast.newHazelcastInstance(config);
  }

  /** A port nobody listens on now (another process may take it before we do; rarely). */
  static int freePort(String bindAddress) {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(bindAddress))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find a free port on " + bindAddress, e);
    }
  }
}
