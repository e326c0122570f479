package dev.floe.cluster;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.function.BiConsumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Mutual TLS 1.3 between members that hold the same {@link ClusterSecret}, without a certificate
 * authority.
 *
 * <p>Implementation overview. Each member makes a fresh EC P-256 key pair when it starts and a
 * self-signed certificate whose common name is a tag: HMAC-SHA256 under the cluster secret of
 * the certificate's public key. Both ends of every connection present their certificate
 * (client authentication is required), and each accepts the other's only when the tag matches
 * the public key under its own secret. TLS itself proves that the peer holds the private key of
 * the certificate it presented, so a copied certificate is useless, and a tag cannot be made
 * without the secret; the secret never travels. All traffic is then TLS 1.3: encrypted and
 * integrity-protected. Refused peers are reported to a listener with their address and why.
 *
 * <p>Thread-safe: the trust manager holds only the immutable key and the listener.
 */
final class MemberIdentity {
  /** How a refusal's message starts; the reason follows. */
  static final String REFUSED = "refused: ";
  private static final String TAG_CONTEXT = "floe-member-v1:";
  private static final String KEY_ALIAS = "member";
  private static final int VALIDITY_DAYS = 3650;
  /** DER of the object identifier ecdsa-with-SHA256 (1.2.840.10045.4.3.2). */
  private static final byte[] ECDSA_WITH_SHA256 =
      {0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x04, 0x03, 0x02};
  /** DER of the object identifier of the common name (2.5.4.3). */
  private static final byte[] COMMON_NAME = {0x55, 0x04, 0x03};

  private MemberIdentity() {}

  /**
   * A TLS 1.3 context whose certificate proves {@code secret} and which accepts only peers that
   * prove it too; {@code refused} hears of every member this one connected to and turned away
   * (its address, or null when unknown, and the reason). Incoming peers turned away fail their
   * handshake with a {@link CertificateException} whose message starts with {@link #REFUSED}.
   */
  static SSLContext context(ClusterSecret secret, BiConsumer<SocketAddress, String> refused) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair keys = generator.generateKeyPair();
      byte[] key = secret.bytes();
      X509Certificate certificate = selfSigned(keys, tag(key, keys.getPublic().getEncoded()));
      char[] password = HexFormat.of().formatHex(SecureRandom.getSeed(16)).toCharArray();
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(KEY_ALIAS, keys.getPrivate(), password,
          new X509Certificate[] {certificate});
      KeyManagerFactory keyManagers = KeyManagerFactory.getInstance("PKIX");
      keyManagers.init(store, password);
      SSLContext context = SSLContext.getInstance("TLSv1.3");
      context.init(keyManagers.getKeyManagers(),
          new X509ExtendedTrustManager[] {new SecretTrust(key, refused)}, new SecureRandom());
      return context;
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException("cannot set up TLS for the cluster: " + e, e);
    }
  }

  /** The tag of a public key under a secret, as the certificate's common name carries it. */
  private static String tag(byte[] secret, byte[] publicKey) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update(TAG_CONTEXT.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(mac.doFinal(publicKey));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /** Accepts a peer's certificate only when its tag matches its key under this secret. */
  private static final class SecretTrust extends X509ExtendedTrustManager {
    private final byte[] secret;
    private final BiConsumer<SocketAddress, String> refused;

    SecretTrust(byte[] secret, BiConsumer<SocketAddress, String> refused) {
      this.secret = secret;
      this.refused = refused;
    }

    private void check(X509Certificate[] chain, SocketAddress peer, boolean peerIsClient)
        throws CertificateException {
      String why = null;
      if (chain == null || chain.length == 0) {
        why = "it presented no certificate";
      } else {
        String name = chain[0].getSubjectX500Principal().getName();
        String expected = "CN=" + tag(secret, chain[0].getPublicKey().getEncoded());
        if (!MessageDigest.isEqual(name.getBytes(StandardCharsets.US_ASCII),
            expected.getBytes(StandardCharsets.US_ASCII))) {
          why = peerIsClient ? "it does not hold the cluster's secret"
              : "the member there holds a different cluster secret";
        }
      }
      if (why != null) {
        if (!peerIsClient) {
          refused.accept(peer, why);
        }
        throw new CertificateException(REFUSED + why);
      }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      check(chain, socket == null ? null : socket.getRemoteSocketAddress(), true);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      check(chain, socket == null ? null : socket.getRemoteSocketAddress(), false);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      check(chain, null, true);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      check(chain, null, false);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      check(chain, null, true);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      check(chain, null, false);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }

  // ---- a minimal self-signed X.509 v3 certificate, in DER ------------------------------------

  private static X509Certificate selfSigned(KeyPair keys, String commonName)
      throws GeneralSecurityException {
    byte[] algorithm = der(0x30, der(0x06, ECDSA_WITH_SHA256));
    byte[] name = der(0x30, der(0x31, der(0x30, der(0x06, COMMON_NAME),
        der(0x0C, commonName.getBytes(StandardCharsets.UTF_8)))));
    ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(5);
    DateTimeFormatter utcTime = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'");
    byte[] validity = der(0x30,
        der(0x17, now.format(utcTime).getBytes(StandardCharsets.US_ASCII)),
        der(0x17, now.plusDays(VALIDITY_DAYS).format(utcTime)
            .getBytes(StandardCharsets.US_ASCII)));
    byte[] serial = der(0x02, new BigInteger(63, new SecureRandom()).add(BigInteger.ONE)
        .toByteArray());
    byte[] version = der(0xA0, der(0x02, new byte[] {2}));
    byte[] tbs = der(0x30, version, serial, algorithm, name, validity, name,
        keys.getPublic().getEncoded());
    Signature signer = Signature.getInstance("SHA256withECDSA");
    signer.initSign(keys.getPrivate());
    signer.update(tbs);
    byte[] signature = signer.sign();
    byte[] bits = new byte[signature.length + 1]; // no unused bits
    System.arraycopy(signature, 0, bits, 1, signature.length);
    byte[] encoded = der(0x30, tbs, algorithm, der(0x03, bits));
    return (X509Certificate) CertificateFactory.getInstance("X.509")
        .generateCertificate(new java.io.ByteArrayInputStream(encoded));
  }

  /** One DER element: tag, definite length, the parts' bytes end to end. */
  private static byte[] der(int tag, byte[]... parts) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      content.writeBytes(part);
    }
    int length = content.size();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    if (length < 0x80) {
      out.write(length);
    } else {
      int octets = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
      out.write(0x80 | octets);
      for (int i = octets - 1; i >= 0; i--) {
        out.write(length >>> (8 * i));
      }
    }
    out.writeBytes(content.toByteArray());
    return out.toByteArray();
  }
}
