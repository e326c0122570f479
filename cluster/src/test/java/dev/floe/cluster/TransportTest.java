package dev.floe.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Members in one JVM: who joins, what arrives, and who is refused. */
class TransportTest {
  /** A message that records its text in the receiving node. */
  static final class Note extends Protocol.Message {
    @Serial private static final long serialVersionUID = 1L;
    final String text;

    Note(String text) {
      this.text = text;
    }

    @Override
    @SuppressWarnings("unchecked")
    void deliver(Object node) {
      ((List<String>) node).add(text);
    }
  }

  /** A request answered with its text reversed. */
  static final class Echo extends Protocol.Request {
    @Serial private static final long serialVersionUID = 1L;
    final String text;

    Echo(String text) {
      this.text = text;
    }

    @Override
    byte[] answer(Object node) {
      return new StringBuilder(text).reverse().toString().getBytes(StandardCharsets.UTF_8);
    }
  }

  /** A node that keeps what it is sent and who joined and left. */
  static final class Recorder implements Transport.Node {
    final List<String> notes = new CopyOnWriteArrayList<>();
    final List<String> joined = new CopyOnWriteArrayList<>();
    final List<String> left = new CopyOnWriteArrayList<>();

    @Override
    public void deliver(Protocol.Message message) {
      message.deliver(notes);
    }

    @Override
    public byte[] answer(Protocol.Request request) throws Exception {
      return request.answer(notes);
    }

    @Override
    public void membersChanged(List<Peer> in, List<Peer> out) {
      in.forEach(peer -> joined.add(peer.name() + (peer.client() ? "/client" : "/" + peer.threads())));
      out.forEach(peer -> left.add(peer.name()));
    }
  }

  private static ClusterSettings settings(String cluster, int port, ClusterSecret secret,
      int... members) {
    List<String> addresses = java.util.Arrays.stream(members)
        .mapToObj(p -> "127.0.0.1:" + p).toList();
    return new ClusterSettings(cluster, "127.0.0.1", port, addresses, secret);
  }

  @Test
  void membersWithTheSecretJoinAndTalk() throws Exception {
    ClusterSecret secret = ClusterSecret.generate();
    int port = Transport.freePort("127.0.0.1");
    Recorder workerNode = new Recorder();
    Recorder clientNode = new Recorder();
    try (Transport worker = Transport.join(settings("t1", port, secret, port), false, "w1", 3,
            workerNode);
        Transport client = Transport.join(settings("t1", 0, secret, port), true, "c1", 0,
            clientNode)) {
      waitFor(() -> client.members().size() == 2 && worker.members().size() == 2);
      Peer workerPeer = client.member(worker.self());
      assertThat(workerPeer.threads()).isEqualTo(3);
      assertThat(workerPeer.client()).isFalse();
      assertThat(worker.member(client.self()).client()).isTrue();
      client.send(workerPeer, new Note("hello"));
      waitFor(() -> workerNode.notes.contains("hello"));
      byte[] answer = client.request(workerPeer, new Echo("abc"), 10_000)
          .get(10, TimeUnit.SECONDS);
      assertThat(new String(answer, StandardCharsets.UTF_8)).isEqualTo("cba");
      assertThat(clientNode.joined).contains("w1/3", "c1/client");
    }
  }

  @Test
  void aMemberWithAnotherSecretIsRefusedAndNeitherSideSeesTheOther() throws Exception {
    int port = Transport.freePort("127.0.0.1");
    Recorder workerNode = new Recorder();
    try (Transport worker = Transport.join(settings("t2", port, ClusterSecret.generate(), port),
            false, "w1", 1, workerNode);
        Transport stranger = Transport.join(settings("t2", 0, ClusterSecret.generate(), port),
            true, "stranger", 0, new Recorder())) {
      waitFor(() -> !worker.refusals().isEmpty() || !stranger.refusals().isEmpty());
      assertThat(stranger.members()).hasSize(1);
      assertThat(worker.members()).hasSize(1);
      assertThat(String.join("\n", worker.refusals()) + String.join("\n", stranger.refusals()))
          .contains("secret");
    }
  }

  @Test
  void aMemberJoinsThroughAnyMemberAfterTheFirstHasLeft() throws Exception {
    ClusterSecret secret = ClusterSecret.generate();
    int first = Transport.freePort("127.0.0.1");
    int second = Transport.freePort("127.0.0.1");
    Transport w1 = Transport.join(settings("t3", first, secret, first), false, "w1", 1,
        new Recorder());
    try (Transport client = Transport.join(settings("t3", 0, secret, first), true, "c1", 0,
            new Recorder());
        Transport w2 = Transport.join(settings("t3", second, secret, first, second), false, "w2",
            1, new Recorder())) {
      waitFor(() -> client.members().size() == 3);
      w1.close();
      waitFor(() -> client.members().size() == 2);
      int third = Transport.freePort("127.0.0.1");
      try (Transport w3 = Transport.join(settings("t3", third, secret, second, third), false,
          "w3", 1, new Recorder())) {
        waitFor(() -> client.members().size() == 3);
        assertThat(w3.members()).hasSize(3);
      }
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + 20_000;
    while (!condition.getAsBoolean()) {
      assertThat(System.currentTimeMillis()).as("waited 20 s").isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
