package dev.floe.cluster;

import dev.floe.core.Diagnostics;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jgroups.Address;
import org.jgroups.BytesMessage;
import org.jgroups.JChannel;
import org.jgroups.Message;
import org.jgroups.Receiver;
import org.jgroups.View;
import org.jgroups.blocks.MessageDispatcher;
import org.jgroups.blocks.RequestOptions;
import org.jgroups.protocols.FD_ALL3;
import org.jgroups.protocols.FRAG4;
import org.jgroups.protocols.MERGE3;
import org.jgroups.protocols.MFC;
import org.jgroups.protocols.TCP;
import org.jgroups.protocols.TCPPING;
import org.jgroups.protocols.UFC;
import org.jgroups.protocols.UNICAST3;
import org.jgroups.protocols.VERIFY_SUSPECT2;
import org.jgroups.protocols.pbcast.GMS;
import org.jgroups.protocols.pbcast.NAKACK2;
import org.jgroups.protocols.pbcast.STABLE;
import org.jgroups.util.ExtendedUUID;

/**
 * Membership, failure detection and messages between the members of a Floe cluster, on JGroups.
 *
 * <p>Implementation overview. One JGroups channel per member over TCP, joined through a fixed
 * list of member addresses (TCPPING; never multicast), with heartbeats for failure detection
 * (FD_ALL3, {@link #MAX_SILENCE_MS}), reliable ordered unicast and group membership (UNICAST3,
 * NAKACK2, GMS) and fragmentation of large values. With a {@link ClusterSecret}, every
 * connection is mutual TLS 1.3 whose certificates prove the secret ({@link MemberIdentity}): a
 * process without it cannot connect, let alone join or send work, and a capture of the traffic
 * shows nothing of it. Without a secret (loopback only, see {@code WorkerCommand}) connections
 * are plain TCP.
 *
 * <p>A member's role, name and thread count travel in its address (JGroups' {@link ExtendedUUID}
 * keys), so every view says at once who is a worker. Messages are Java-serialized {@link
 * Protocol.Message}s handed to the local node in the order each sender sent them (a worker's last
 * report arrives before the word that it handed its results over); requests ({@link
 * Protocol.Request}: fetching a result or a class, which may take long) travel out of band, each
 * answered with bytes on JGroups' pool as it arrives. Membership changes reach listeners on JGroups' thread, in view
 * order.
 *
 * <p>Thread-safe: sends and requests may come from any thread; the channel is JGroups'.
 */
final class Transport implements AutoCloseable {
  /** How long a silent member is given before it is declared dead. */
  static final long MAX_SILENCE_MS = 5_000;
  private static final long HEARTBEAT_INTERVAL_MS = 1_000;
  private static final long JOIN_TIMEOUT_MS = 3_000;
  private static final String ROLE = "floe.role";
  private static final String NAME = "floe.name";
  private static final String THREADS = "floe.threads";
  private static final byte[] CLIENT_ROLE = {'c'};
  private static final byte[] WORKER_ROLE = {'w'};

  /** Kept here: a logger configured only through a weak reference would lose its level. */
  private static final Logger JGROUPS = Logger.getLogger("org.jgroups");
  private static final Logger CONNECTIONS = Logger.getLogger("org.jgroups.protocols.TCP");

  static {
    if (JGROUPS.getLevel() == null) {
      // JGroups warns of every suspected or killed member; Floe reports what matters itself
      JGROUPS.setLevel(Level.SEVERE);
    }
    if (CONNECTIONS.getFilter() == null) {
      // a TLS connection closed by its peer fails JGroups' "graceful close" as SEVERE: harmless
      CONNECTIONS.setFilter(record -> record.getMessage() == null
          || !record.getMessage().contains("failed sending graceful close"));
    }
  }

  /** What a member does with what arrives. */
  interface Node {
    /** A one-way message arrived. */
    void deliver(Protocol.Message message);

    /** A request arrived: the answer's bytes. */
    byte[] answer(Protocol.Request request) throws Exception;

    /** The members changed: who joined and who left, in the order the views said so. */
    void membersChanged(List<Peer> joined, List<Peer> left);

    /**
     * A node that hands messages and requests to {@code target} (a worker or coordinator, as
     * {@link Protocol} expects) and membership changes to {@code changed}.
     */
    static Node of(Object target, java.util.function.BiConsumer<List<Peer>, List<Peer>> changed) {
      return new Node() {
        @Override
        public void deliver(Protocol.Message message) {
          message.deliver(target);
        }

        @Override
        public byte[] answer(Protocol.Request request) throws Exception {
          return request.answer(target);
        }

        @Override
        public void membersChanged(List<Peer> joined, List<Peer> left) {
          changed.accept(joined, left);
        }
      };
    }
  }

  private final JChannel channel;
  private final MessageDispatcher dispatcher;
  private final Node node;
  private final String self;
  private final List<String> refusals = new CopyOnWriteArrayList<>();
  private volatile Map<Address, Peer> members = Map.of();
  /** For tests: the kind of message this transport fails to send, as a broken link would. */
  private volatile Class<?> failingKind;

  private Transport(JChannel channel, Node node, String self) {
    this.channel = channel;
    this.node = node;
    this.self = self;
    this.dispatcher = new MessageDispatcher(channel, this::handle);
    this.dispatcher.setReceiver(new Receiver() {
      @Override
      public void viewAccepted(View view) {
        accept(view);
      }
    });
  }

  /**
   * Joins the cluster {@code settings} name as a client or a worker named {@code name} with
   * {@code threads} threads; returns once this member is in a view (alone when nobody answered).
   */
  static Transport join(ClusterSettings settings, boolean client, String name, int threads,
      Node node) {
    InetAddress bind;
    try {
      bind = InetAddress.getByName(settings.bindAddress());
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown address " + settings.bindAddress(), e);
    }
    int port = settings.port() == 0 ? freePort(settings.bindAddress()) : settings.port();
    TCP tcp = new TCP().setBindAddress(bind).setBindPort(port).setPortRange(0);
    List<InetSocketAddress> hosts = new ArrayList<>();
    for (String member : settings.members()) {
      int colon = member.lastIndexOf(':');
      hosts.add(new InetSocketAddress(member.substring(0, colon),
          Integer.parseInt(member.substring(colon + 1))));
    }
    try {
      JChannel channel = new JChannel(tcp, new TCPPING().setInitialHosts(hosts).setPortRange(0)
              .returnEntireCache(true).sendCacheOnJoin(true),
          new MERGE3(),
          new FD_ALL3().setTimeout(MAX_SILENCE_MS).setInterval(HEARTBEAT_INTERVAL_MS),
          new VERIFY_SUSPECT2(), new NAKACK2(), new UNICAST3(), new STABLE(),
          new GMS().setJoinTimeout(JOIN_TIMEOUT_MS).printLocalAddress(false), new UFC(),
          new MFC(), new FRAG4());
      channel.addAddressGenerator(() -> {
        ExtendedUUID id = ExtendedUUID.randomUUID(name);
        id.put(ROLE, client ? CLIENT_ROLE : WORKER_ROLE);
        id.put(NAME, name.getBytes(StandardCharsets.UTF_8));
        id.put(THREADS, Integer.toString(threads).getBytes(StandardCharsets.US_ASCII));
        return id;
      });
      channel.name(name);
      Transport transport = new Transport(channel, node, (client ? "client " : "worker ") + name);
      if (settings.secret() != null) {
        tcp.setSocketFactory(TlsSockets.of(
            MemberIdentity.context(settings.secret(), transport::refused), transport::refused));
      }
      channel.connect(settings.clusterName());
      return transport;
    } catch (Exception e) {
      throw new IllegalStateException("cannot join cluster '" + settings.clusterName() + "' on "
          + settings.bindAddress() + ":" + port + ": " + e.getMessage(), e);
    }
  }

  /** A peer without the secret was turned away: said once on stderr, kept for errors. */
  private void refused(SocketAddress peer, String why) {
    String line = self + " refused a connection"
        + (peer instanceof InetSocketAddress address
            ? " with " + address.getHostString() + ":" + address.getPort() : "")
        + ": " + why;
    refusals.add(line);
    Diagnostics.warn(Transport.class, line);
  }

  /** A port nobody listens on now (another process may take it before we do; rarely). */
  static int freePort(String bindAddress) {
    try (java.net.ServerSocket socket =
        new java.net.ServerSocket(0, 1, InetAddress.getByName(bindAddress))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot find a free port on " + bindAddress, e);
    }
  }

  /** This member's identity. */
  UUID self() {
    return idOf(channel.getAddress());
  }

  /** The members in the current view, this one included. */
  List<Peer> members() {
    return List.copyOf(members.values());
  }

  /** The member with this identity, or null when it is not (or no longer) a member. */
  Peer member(UUID id) {
    for (Peer peer : members.values()) {
      if (peer.id().equals(id)) {
        return peer;
      }
    }
    return null;
  }

  /** The address others reach this member at, {@code host:port}. */
  String address() {
    Object physical = channel.down(new org.jgroups.Event(org.jgroups.Event.GET_PHYSICAL_ADDRESS,
        channel.getAddress()));
    return String.valueOf(physical);
  }

  /** Whether this member is connected. */
  boolean isConnected() {
    return channel.isConnected();
  }

  /**
   * Sends {@code message} to {@code to}.
   *
   * @throws IOException when it could not be sent, with the cause
   */
  void send(Peer to, Protocol.Message message) throws IOException {
    if (failingKind != null && failingKind.isInstance(message)) {
      throw new IOException("cannot send " + message.getClass().getSimpleName() + " to " + to
          + ": the link is broken (simulated)");
    }
    try {
      dispatcher.sendMessage(new BytesMessage((Address) to.address(), encode(message)),
          RequestOptions.ASYNC());
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("cannot send " + message.getClass().getSimpleName() + " to " + to
          + ": " + e, e);
    }
  }

  /**
   * Sends {@code message} to {@code to} and waits until it was handled there (for the last words
   * of a member about to leave, which an asynchronous send could lose); false when it was not.
   */
  boolean sendAndWait(Peer to, Protocol.Message message, long timeoutMs) {
    try {
      dispatcher.sendMessage(new BytesMessage((Address) to.address(), encode(message)),
          RequestOptions.SYNC().timeout(timeoutMs));
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  /** Sends {@code request} to {@code to}; the answer's bytes, or the failure. */
  CompletableFuture<byte[]> request(Peer to, Protocol.Request request, long timeoutMs) {
    try {
      CompletableFuture<byte[]> answer = dispatcher.sendMessageWithFuture(
          new BytesMessage((Address) to.address(), encode(request)),
          RequestOptions.SYNC().timeout(timeoutMs).flags(Message.Flag.OOB));
      return answer == null ? CompletableFuture.failedFuture(new IOException("no answer from "
          + to)) : answer;
    } catch (Exception e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** For tests: from now on, sending a message of {@code kind} fails (null: none does). */
  void failSendsOf(Class<?> kind) {
    failingKind = kind;
  }

  /** Refusals this member has seen (peers without the secret), for its errors. */
  List<String> refusals() {
    return List.copyOf(refusals);
  }

  private Object handle(Message message) throws Exception {
    Object decoded = decode(message.getArray(), message.getOffset(), message.getLength(),
        Transport.class.getClassLoader());
    if (decoded instanceof Protocol.Request request) {
      return node.answer(request);
    }
    node.deliver((Protocol.Message) decoded);
    return null;
  }

  private synchronized void accept(View view) {
    Map<Address, Peer> now = new LinkedHashMap<>();
    List<Peer> joined = new ArrayList<>();
    for (Address address : view.getMembers()) {
      Peer known = members.get(address);
      Peer peer = known != null ? known : peer(address);
      now.put(address, peer);
      if (known == null) {
        joined.add(peer);
      }
    }
    List<Peer> left = new ArrayList<>();
    for (Map.Entry<Address, Peer> entry : members.entrySet()) {
      if (!now.containsKey(entry.getKey())) {
        left.add(entry.getValue());
      }
    }
    members = now;
    node.membersChanged(joined, left);
  }

  private static Peer peer(Address address) {
    String name = String.valueOf(address);
    int threads = 0;
    boolean client = true;
    if (address instanceof ExtendedUUID id) {
      byte[] role = id.get(ROLE);
      client = role == null || role[0] != WORKER_ROLE[0];
      byte[] nameBytes = id.get(NAME);
      if (nameBytes != null) {
        name = new String(nameBytes, StandardCharsets.UTF_8);
      }
      byte[] threadBytes = id.get(THREADS);
      if (threadBytes != null) {
        threads = Integer.parseInt(new String(threadBytes, StandardCharsets.US_ASCII));
      }
    }
    return new Peer(idOf(address), name, threads, client, address);
  }

  private static UUID idOf(Address address) {
    org.jgroups.util.UUID id = (org.jgroups.util.UUID) address;
    return new UUID(id.getMostSignificantBits(), id.getLeastSignificantBits());
  }

  private static byte[] encode(Object message) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(message);
    }
    return bytes.toByteArray();
  }

  private static Object decode(byte[] array, int offset, int length, ClassLoader loader)
      throws Exception {
    try (InputStream in = new ByteArrayInputStream(array, offset, length);
        ObjectInputStream objects = new ObjectInputStream(in) {
          @Override
          protected Class<?> resolveClass(ObjectStreamClass description)
              throws IOException, ClassNotFoundException {
            return Class.forName(description.getName(), false, loader);
          }
        }) {
      return objects.readObject();
    }
  }

  /** Leaves the cluster. */
  @Override
  public void close() {
    dispatcher.stop();
    channel.close();
  }
}
