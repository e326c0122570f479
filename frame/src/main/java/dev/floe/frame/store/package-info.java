/**
 * Teaches the runtime's chunk store about table chunks: how much memory one takes ({@link
 * dev.floe.frame.store.TableChunkSizes}) and how to spill it (as Arrow IPC, {@link
 * dev.floe.frame.store.TableChunkCodec}). Registered as services; depends on io and runtime.
 */
package dev.floe.frame.store;
