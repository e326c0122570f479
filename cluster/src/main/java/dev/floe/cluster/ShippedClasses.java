package dev.floe.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.security.CodeSource;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client's side of class shipping: decides which classes a worker cannot have on its class
 * path, and hands out their bytes when a worker asks.
 *
 * <p>A class is shipped when an application class loader defined it without a code source
 * location — what JShell does for every snippet (and so every Java kernel for Jupyter). Classes
 * from jars and folders are expected on the workers' class paths, as the JDK's are.
 */
final class ShippedClasses {
  private static final ClassValue<Boolean> FROM_CLIENT_CODE = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      if (type.isPrimitive() || type.isArray() || type.getClassLoader() == null
          || type.getClassLoader() == ClassLoader.getPlatformClassLoader()) {
        return false;
      }
      CodeSource source = type.getProtectionDomain().getCodeSource();
      return source == null || source.getLocation() == null;
    }
  };

  /** The loaders of classes shipped so far: where to look for the bytes a worker asks for. */
  private final Set<ClassLoader> loaders = ConcurrentHashMap.newKeySet();

  /** Whether {@code type} has to be shipped; remembers its loader if so. */
  boolean ship(Class<?> type) {
    Class<?> component = type;
    while (component.isArray()) {
      component = component.getComponentType();
    }
    if (!FROM_CLIENT_CODE.get(component)) {
      return false;
    }
    loaders.add(component.getClassLoader());
    return true;
  }

  /**
   * The class file of {@code className} from a loader that shipped classes before.
   *
   * @throws ClassNotFoundException when no such loader has it
   */
  byte[] classFile(String className) throws ClassNotFoundException {
    String resource = className.replace('.', '/') + ".class";
    for (ClassLoader loader : loaders) {
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in != null) {
          return in.readAllBytes();
        }
      } catch (IOException e) {
        throw new ClassNotFoundException("cannot read the class file of " + className, e);
      }
    }
    throw new ClassNotFoundException(className + " is not a class of the client's own code");
  }

  /** A loader that finds classes by name among the loaders of shipped classes. */
  ClassLoader loader() {
    return new ClassLoader("floe-shipped", ShippedClasses.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader loader : loaders) {
          try {
            return Class.forName(name, false, loader);
          } catch (ClassNotFoundException e) {
            // try the next
          }
        }
        throw new ClassNotFoundException(name);
      }
    };
  }
}
