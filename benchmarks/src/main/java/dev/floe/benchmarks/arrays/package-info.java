/** The tutorial's array queries on Floe, with Dask on the same files as the reference. */
package dev.floe.benchmarks.arrays;
