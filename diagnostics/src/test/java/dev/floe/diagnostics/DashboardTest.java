package dev.floe.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.floe.runtime.futures.Client;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.schedule.LocalScheduler;
import dev.floe.runtime.schedule.Scheduler;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DashboardTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Ten pieces summed: eleven tasks, two operations. */
  private static TaskGraph sumOfPieces() {
    List<Task> tasks = new ArrayList<>();
    List<TaskKey> pieces = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      long value = i;
      Task piece = Task.of("piece", List.of(), inputs -> value, i);
      tasks.add(piece);
      pieces.add(piece.key());
    }
    tasks.add(Task.of("sum", pieces, inputs -> {
      long sum = 0;
      for (Object input : inputs) {
        sum += (Long) input;
      }
      return sum;
    }));
    return TaskGraph.of(tasks);
  }

  private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int count(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  @Test
  void servesThePageAndWhatTheSchedulerDid() throws Exception {
    try (Scheduler scheduler = new LocalScheduler(2);
        Dashboard dashboard = Dashboard.start(scheduler,
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      assertThat(dashboard.url().toString()).startsWith("http://127.0.0.1:");
      HttpResponse<String> page = get(dashboard.url());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<title>Floe dashboard</title>", "id=\"stream\"");

      TaskGraph graph = sumOfPieces();
      TaskKey sum = graph.task(graph.size() - 1).key();
      assertThat(scheduler.compute(graph, List.of(sum)).get(sum)).isEqualTo(45L);

      String state = get(dashboard.url().resolve("api/state")).body();
      assertThat(state).contains("\"scheduler\":\"local\"", "\"state\":\"SUCCEEDED\"",
          "[\"piece\",10,10]", "[\"sum\",1,1]", "\"tasks\":11,\"done\":11",
          "\"recompute\":{\"tasks\":0");
      assertThat(count(state, ",\"task\"\\]")).as("one bar per task").isEqualTo(11);
      assertThat(state).as("the graph is drawn, every task done")
          .contains("\"drawn\":true", "\"states\":\"22222222222\"");
      assertThat(count(state, "\"local\\.[^\"]*\"|\"floe-[^\"]*\"")).isPositive();

      long seq = Long.parseLong(state.replaceAll("(?s).*\"seq\":(\\d+).*", "$1"));
      String again = get(dashboard.url().resolve("api/state?since=" + seq + "&graph=1")).body();
      assertThat(again).as("only new bars, and no graph structure already sent")
          .contains("\"bars\":[]").doesNotContain("\"edges\"");

      assertThat(get(dashboard.url().resolve("nowhere")).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void closingStopsServing() throws Exception {
    URI url;
    try (Scheduler scheduler = new LocalScheduler(1)) {
      Dashboard dashboard = Dashboard.start(scheduler,
          new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      url = dashboard.url();
      dashboard.close();
      assertThatThrownBy(() -> get(url)).isInstanceOf(IOException.class);
    }
  }

  @Test
  void aClientStartsOneDashboardAndStopsItWhenClosed() throws Exception {
    URI url;
    try (Client client = Client.local(2)) {
      Dashboard dashboard = Dashboard.of(client);
      assertThat(Dashboard.of(client)).isSameAs(dashboard);
      url = dashboard.url();
      assertThat(client.submit(() -> 6 * 7).get()).isEqualTo(42);
      assertThat(get(url.resolve("api/state")).body()).contains("\"done\":1");
    }
    assertThatThrownBy(() -> get(url)).isInstanceOf(IOException.class);
  }

  /** A raw HTTP exchange, so that the Host header can be anything. */
  private static String rawGet(InetSocketAddress server, String path, String host, String cookie)
      throws IOException {
    try (java.net.Socket socket = new java.net.Socket(server.getAddress(), server.getPort())) {
      socket.setSoTimeout(10_000);
      String request = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
          + (cookie == null ? "" : "Cookie: " + cookie + "\r\n") + "Connection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @Test
  void aClientThatSendsHalfARequestDoesNotHoldUpOthers() throws Exception {
    Scheduler scheduler = new LocalScheduler(1);
    try (Dashboard dashboard = Dashboard.start(scheduler,
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        java.net.Socket slow = new java.net.Socket(InetAddress.getLoopbackAddress(),
            dashboard.url().getPort())) {
      slow.getOutputStream().write("GET / HTTP/1.1\r\nHo".getBytes());
      slow.getOutputStream().flush();
      Thread.sleep(200);
      HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(dashboard.url())
          .timeout(java.time.Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
    } finally {
      scheduler.close();
    }
  }

  @Test
  void requestsForAnotherHostAreRefused() throws Exception {
    Scheduler scheduler = new LocalScheduler(1);
    try (Dashboard dashboard = Dashboard.start(scheduler,
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(),
          dashboard.url().getPort());
      int port = dashboard.url().getPort();
      assertThat(rawGet(address, "/api/state", "127.0.0.1:" + port, null)).startsWith("HTTP/1.1 200");
      assertThat(rawGet(address, "/api/state", "localhost:" + port, null)).startsWith("HTTP/1.1 200");
      assertThat(rawGet(address, "/api/state", "attacker.example:" + port, null))
          .startsWith("HTTP/1.1 403");
    } finally {
      scheduler.close();
    }
  }

  @Test
  void beyondLoopbackOnlyRequestsWithTheTokenAreServed() throws Exception {
    InetAddress external = null;
    for (java.net.NetworkInterface network
        : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress address : java.util.Collections.list(network.getInetAddresses())) {
        if (address instanceof java.net.Inet4Address && !address.isLoopbackAddress()) {
          external = address;
        }
      }
    }
    org.assertj.core.api.Assumptions.assumeThat(external).as("a non-loopback address").isNotNull();
    Scheduler scheduler = new LocalScheduler(1);
    try (Dashboard dashboard = Dashboard.start(scheduler, new InetSocketAddress(external, 0))) {
      URI url = dashboard.url();
      assertThat(url.getQuery()).startsWith("token=");
      String token = url.getQuery().substring("token=".length());
      InetSocketAddress address = new InetSocketAddress(external, url.getPort());
      String host = external.getHostAddress() + ":" + url.getPort();
      assertThat(rawGet(address, "/api/state", host, null)).startsWith("HTTP/1.1 403");
      assertThat(rawGet(address, "/api/state?token=wrong", host, null)).startsWith("HTTP/1.1 403");
      String page = rawGet(address, "/?token=" + token, host, null);
      assertThat(page).startsWith("HTTP/1.1 200").contains("floe_dashboard_token=" + token);
      assertThat(rawGet(address, "/api/state", host, "floe_dashboard_token=" + token))
          .startsWith("HTTP/1.1 200");
      assertThat(rawGet(address, "/?token=" + token, "localhost:" + url.getPort(), null))
          .startsWith("HTTP/1.1 403");
    } finally {
      scheduler.close();
    }
  }
}
