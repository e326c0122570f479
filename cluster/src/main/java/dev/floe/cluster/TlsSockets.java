package dev.floe.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.security.cert.CertificateException;
import java.util.function.BiConsumer;
import javax.net.ServerSocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.jgroups.util.DefaultSocketFactory;
import org.jgroups.util.SocketFactory;

/**
 * The transport's sockets with a {@link MemberIdentity} TLS context: outgoing ones are TLS 1.3
 * clients; a listening socket completes each incoming connection's handshake before it hands the
 * connection over, so that every refused peer — one with another secret, one that speaks no TLS,
 * one that presents no certificate — is reported with its address, on the member it tried.
 *
 * <p>The handshake runs on the accepting thread, bounded by {@link #HANDSHAKE_TIMEOUT_MS}, so a
 * peer that connects and says nothing delays other joiners by at most that long.
 */
final class TlsSockets {
  static final int HANDSHAKE_TIMEOUT_MS = 5_000;
  private static final String[] PROTOCOLS = {"TLSv1.3"};

  private TlsSockets() {}

  /** Sockets over {@code context}; {@code refused} hears of every incoming peer turned away. */
  static SocketFactory of(SSLContext context, BiConsumer<SocketAddress, String> refused) {
    javax.net.ssl.SSLSocketFactory clients = context.getSocketFactory();
    javax.net.SocketFactory outgoing = new javax.net.SocketFactory() {
      @Override
      public Socket createSocket() throws IOException {
        return configure((SSLSocket) clients.createSocket());
      }

      @Override
      public Socket createSocket(String host, int port) throws IOException {
        return configure((SSLSocket) clients.createSocket(host, port));
      }

      @Override
      public Socket createSocket(String host, int port, InetAddress local, int localPort)
          throws IOException {
        return configure((SSLSocket) clients.createSocket(host, port, local, localPort));
      }

      @Override
      public Socket createSocket(InetAddress host, int port) throws IOException {
        return configure((SSLSocket) clients.createSocket(host, port));
      }

      @Override
      public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort)
          throws IOException {
        return configure((SSLSocket) clients.createSocket(host, port, local, localPort));
      }
    };
    ServerSocketFactory listening = new ServerSocketFactory() {
      @Override
      public ServerSocket createServerSocket() throws IOException {
        return new Handshaking(context, refused);
      }

      @Override
      public ServerSocket createServerSocket(int port) throws IOException {
        return bound(new Handshaking(context, refused), null, port, 50);
      }

      @Override
      public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        return bound(new Handshaking(context, refused), null, port, backlog);
      }

      @Override
      public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
          throws IOException {
        return bound(new Handshaking(context, refused), address, port, backlog);
      }
    };
    return new DefaultSocketFactory(outgoing, listening);
  }

  private static SSLSocket configure(SSLSocket socket) {
    socket.setEnabledProtocols(PROTOCOLS);
    return socket;
  }

  private static ServerSocket bound(ServerSocket socket, InetAddress address, int port,
      int backlog) throws IOException {
    socket.bind(new java.net.InetSocketAddress(address, port), backlog);
    return socket;
  }

  /** A listening socket whose accepted connections have completed a TLS server handshake. */
  private static final class Handshaking extends ServerSocket {
    private final SSLContext context;
    private final BiConsumer<SocketAddress, String> refused;

    Handshaking(SSLContext context, BiConsumer<SocketAddress, String> refused)
        throws IOException {
      this.context = context;
      this.refused = refused;
    }

    @Override
    public Socket accept() throws IOException {
      while (true) {
        Socket raw = super.accept();
        SocketAddress peer = raw.getRemoteSocketAddress();
        try {
          SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(raw,
              raw.getInetAddress().getHostAddress(), raw.getPort(), true);
          tls.setUseClientMode(false);
          tls.setNeedClientAuth(true);
          tls.setEnabledProtocols(PROTOCOLS);
          raw.setSoTimeout(HANDSHAKE_TIMEOUT_MS);
          tls.startHandshake();
          raw.setSoTimeout(0);
          return tls;
        } catch (IOException e) {
          refused.accept(peer, reason(e));
          try {
            raw.close();
          } catch (IOException ignored) {
            // the connection is gone either way
          }
        }
      }
    }

    private static String reason(IOException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof CertificateException && cause.getMessage() != null
            && cause.getMessage().startsWith(MemberIdentity.REFUSED)) {
          return cause.getMessage().substring(MemberIdentity.REFUSED.length());
        }
      }
      String message = String.valueOf(e.getMessage());
      if (message.contains("certificate_unknown") || message.contains("bad_certificate")) {
        return "it does not hold the cluster's secret (it refused this member's certificate)";
      }
      if (e instanceof java.net.SocketTimeoutException) {
        return "it sent no TLS handshake within " + HANDSHAKE_TIMEOUT_MS / 1000 + " s";
      }
      if (message.contains("Unsupported or unrecognized SSL message")) {
        return "it does not speak TLS (a member without the cluster's secret, or not Floe)";
      }
      return "no TLS handshake with the cluster's secret (" + message + ")";
    }
  }
}
