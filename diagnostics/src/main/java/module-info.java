/** The live dashboard of a scheduler, served by the JDK's HTTP server. */
module dev.floe.diagnostics {
  requires transitive dev.floe.runtime;
  requires jdk.httpserver;

  exports dev.floe.diagnostics;
}
