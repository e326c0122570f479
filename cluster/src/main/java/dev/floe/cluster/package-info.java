/**
 * The cluster: the same task graphs run on worker JVMs on many machines.
 *
 * <p>JGroups provides membership, messages and failure detection ({@code Transport}); with a
 * {@link dev.floe.cluster.ClusterSecret} every connection is mutual TLS 1.3 between members that
 * prove the secret ({@code MemberIdentity}, {@code TlsSockets}). Floe decides what runs where. A
 * client's {@link dev.floe.cluster.ClusterScheduler} joins the cluster as a client member and
 * schedules from one thread ({@code Coordinator}, with per-run state
 * in {@code ClusterRun}); each {@link dev.floe.cluster.Worker} ({@code floe worker}, {@code
 * WorkerNode}) runs the tasks it is sent and holds their results in a {@link
 * dev.floe.runtime.store.ChunkStore}. The messages between them ({@code Protocol}) travel through
 * the transport; values cross as chunk-codec bytes or Java serialization ({@code Wire}),
 * with classes the client defined outside any jar fetched from the client on demand ({@code
 * ShippedClasses}, {@code ClientClassLoader}). {@link dev.floe.cluster.LocalCluster}
 * starts worker JVMs on this machine for trying it out, tests and benchmarks.
 *
 * <p>Depends on the runtime's {@code graph}, {@code schedule} (the {@code Scheduler} contract),
 * {@code event} and {@code store}, and on JGroups; this module is the only one that knows the
 * transport. Nothing depends on it at compile time: the runtime's {@code Client.connect} and
 * {@code Client.localCluster} find it as a {@code ClusterConnector} service ({@link
 * dev.floe.cluster.Connector}).
 */
package dev.floe.cluster;
