/**
 * Teaches the runtime's chunk store about array blocks: their size ({@link
 * dev.floe.array.store.ArrayChunkSizes}) and how to spill them, raw ({@link
 * dev.floe.array.store.ArrayChunkCodec}). Registered as services; depends on the array package
 * and runtime.
 */
package dev.floe.array.store;
