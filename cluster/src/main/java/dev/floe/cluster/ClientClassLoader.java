package dev.floe.cluster;

import java.util.UUID;

/**
 * A worker's loader for the classes one client ships (JShell snippets and the lambdas in them).
 * Everything else comes from the worker's own class path, as its parent; a class the parent does
 * not have is fetched from the client the first time it is needed and defined here.
 */
final class ClientClassLoader extends ClassLoader {
  /** Asks a client for a class file. */
  interface ClassFetcher {
    byte[] classFile(UUID client, String className) throws ClassNotFoundException;
  }

  static {
    registerAsParallelCapable();
  }

  private final UUID client;
  private final ClassFetcher fetcher;

  ClientClassLoader(UUID client, ClassLoader parent, ClassFetcher fetcher) {
    super("floe-client-" + client, parent);
    this.client = client;
    this.fetcher = fetcher;
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = fetcher.classFile(client, name);
    return defineClass(name, bytes, 0, bytes.length);
  }

  /** Whether a class was defined by some client's loader (and so ships back to clients too). */
  static boolean isShipped(Class<?> type) {
    Class<?> component = type;
    while (component.isArray()) {
      component = component.getComponentType();
    }
    return component.getClassLoader() instanceof ClientClassLoader;
  }
}
