package dev.floe.diagnostics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.floe.runtime.display.HtmlDisplayable;
import dev.floe.runtime.event.Watchers;
import dev.floe.runtime.futures.Client;
import dev.floe.runtime.schedule.Scheduler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A live web page showing what one scheduler is doing, served from this JVM.
 *
 * <p>The page shows the task stream, progress per operation, memory per worker, time spent
 * recomputing lost work and the current graph, and refreshes itself twice a second. It watches
 * the scheduler from the moment the dashboard starts; computations before that are not shown.
 * It binds to loopback unless given another address: the page shows task names and graph shapes,
 * so exposing it is a choice the caller makes. Bound beyond loopback, it serves only requests
 * that carry its token (in {@link #url()}, then as a cookie). Every request is served on its own
 * thread (a client that sends half a request holds only that thread), and a request whose {@code
 * Host} is not the address the dashboard is bound to is refused, so that a web page elsewhere
 * cannot reach it through a name that resolves to this machine (DNS rebinding).
 *
 * <pre>{@code
 * try (Dashboard dashboard = Dashboard.start(Schedulers.defaultScheduler())) {
 *   System.out.println(dashboard.url());   // http://127.0.0.1:8787/
 *   ...
 * }
 * }</pre>
 */
public final class Dashboard implements AutoCloseable, HtmlDisplayable {
  /** The port tried first, as Dask's dashboard uses; a free one is taken when it is busy. */
  public static final int DEFAULT_PORT = 8787;

  private static final String PAGE = "index.html";
  private static final String TOKEN_COOKIE = "floe_dashboard_token";
  private static final int MAX_HANDLER_THREADS = 32;
  private static final long IDLE_HANDLER_SECONDS = 30;

  /** The dashboards {@link #of(Client)} started, until their clients close. */
  private static final Map<Client, Dashboard> OF_CLIENT = new ConcurrentHashMap<>();

  private final Scheduler scheduler;
  private final Recorder recorder = new Recorder();
  private final Watchers.Watch watch;
  private final HttpServer server;
  private final ExecutorService handler;
  private final byte[] page;
  /** The token a request must carry, or null on loopback. */
  private final String token;

  private Dashboard(Scheduler scheduler, HttpServer server) {
    this.scheduler = scheduler;
    this.server = server;
    this.page = readPage();
    this.token = server.getAddress().getAddress().isLoopbackAddress() ? null : newToken();
    this.handler = new ThreadPoolExecutor(0, MAX_HANDLER_THREADS, IDLE_HANDLER_SECONDS,
        TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
          Thread thread = new Thread(runnable, "floe-dashboard");
          thread.setDaemon(true);
          return thread;
        });
    server.createContext("/", this::serve);
    server.setExecutor(handler);
    this.watch = scheduler.watch(recorder);
    server.start();
  }

  /**
   * The dashboard of {@code client}'s scheduler: started on the first call (as {@link
   * #start(Scheduler)} does), the same one afterwards, and stopped when the client closes.
   */
  public static Dashboard of(Client client) {
    return OF_CLIENT.computeIfAbsent(client, owner -> {
      Dashboard dashboard = start(owner.scheduler());
      owner.whenClosed(() -> {
        OF_CLIENT.remove(owner);
        dashboard.close();
      });
      return dashboard;
    });
  }

  /**
   * Starts a dashboard for {@code scheduler} on loopback, port {@value #DEFAULT_PORT} or, when that
   * is taken, any free port.
   */
  public static Dashboard start(Scheduler scheduler) {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    try {
      return start(scheduler, new InetSocketAddress(loopback, DEFAULT_PORT));
    } catch (UncheckedIOException e) {
      if (!(e.getCause() instanceof BindException)) {
        throw e;
      }
      return start(scheduler, new InetSocketAddress(loopback, 0));
    }
  }

  /**
   * Starts a dashboard for {@code scheduler} on {@code address} (port 0: any free port).
   *
   * @throws UncheckedIOException when the address cannot be bound, naming it
   */
  public static Dashboard start(Scheduler scheduler, InetSocketAddress address) {
    HttpServer server;
    try {
      server = HttpServer.create(address, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("dashboard: cannot listen on " + address.getHostString() + ":"
          + address.getPort() + ": " + e.getMessage(), e);
    }
    return new Dashboard(scheduler, server);
  }

  /**
   * The page's address, e.g. {@code http://127.0.0.1:8787/}; bound beyond loopback, with the
   * token the page needs ({@code ?token=…}).
   */
  public URI url() {
    return URI.create("http://" + hostAndPort() + "/" + (token == null ? "" : "?token=" + token));
  }

  private String hostAndPort() {
    InetSocketAddress bound = server.getAddress();
    InetAddress address = bound.getAddress();
    String host = address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return host + ":" + bound.getPort();
  }

  private static String newToken() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Stops serving the page and watching the scheduler; the scheduler itself is left running. */
  @Override
  public void close() {
    watch.close();
    server.stop(0);
    handler.shutdownNow();
  }

  /** A link to the page, for a notebook cell. */
  @Override
  public String toHtml() {
    return "<a href=\"" + url() + "\" target=\"_blank\">Floe dashboard: " + url() + "</a>";
  }

  @Override
  public String toString() {
    return "Dashboard at " + url();
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      if (!hostAllowed(exchange.getRequestHeaders().getFirst("Host"))) {
        respond(exchange, 403, "text/plain", ("this dashboard answers only at " + hostAndPort()
            + "\n").getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (token != null) {
        boolean inQuery = constantTimeEquals(token, query.get("token"));
        if (!inQuery && !constantTimeEquals(token,
            cookie(exchange.getRequestHeaders().getFirst("Cookie")))) {
          respond(exchange, 403, "text/plain",
              "open the dashboard with its token: the address it printed\n"
                  .getBytes(StandardCharsets.UTF_8));
          return;
        }
        if (inQuery) {
          exchange.getResponseHeaders().add("Set-Cookie", TOKEN_COOKIE + "=" + token
              + "; Path=/; HttpOnly; SameSite=Strict");
        }
      }
      if (!"GET".equals(exchange.getRequestMethod())) {
        respond(exchange, 405, "text/plain", "only GET\n".getBytes(StandardCharsets.UTF_8));
      } else if (path.equals("/") || path.equals("/" + PAGE)) {
        respond(exchange, 200, "text/html; charset=utf-8", page);
      } else if (path.equals("/api/state")) {
        String state = recorder.state(scheduler.name(), scheduler.workerStoreStats(),
            number(query.get("since")), number(query.get("graph")));
        respond(exchange, 200, "application/json", state.getBytes(StandardCharsets.UTF_8));
      } else {
        respond(exchange, 404, "text/plain",
            ("no such page: " + path + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /** Whether a request's Host names the bound address (or {@code localhost} on loopback). */
  private boolean hostAllowed(String host) {
    if (host == null) {
      return false;
    }
    String expected = hostAndPort();
    if (host.equalsIgnoreCase(expected)) {
      return true;
    }
    return token == null && host.equalsIgnoreCase("localhost:" + server.getAddress().getPort());
  }

  private static String cookie(String header) {
    if (header != null) {
      for (String part : header.split(";")) {
        String pair = part.strip();
        if (pair.startsWith(TOKEN_COOKIE + "=")) {
          return pair.substring(TOKEN_COOKIE.length() + 1);
        }
      }
    }
    return null;
  }

  private static boolean constantTimeEquals(String expected, String given) {
    return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
        given.getBytes(StandardCharsets.UTF_8));
  }

  private static void respond(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> values = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          values.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
      }
    }
    return values;
  }

  /** A query number; anything else (absent, malformed) counts as "nothing seen yet". */
  private static long number(String text) {
    try {
      return text == null ? -1 : Long.parseLong(text);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static byte[] readPage() {
    try (InputStream in = Dashboard.class.getResourceAsStream(PAGE)) {
      if (in == null) {
        throw new IllegalStateException("dashboard page " + PAGE + " missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
