/**
 * The {@code floe} command: {@code floe demo} and, as later issues add them, the data generators
 * and workers. Depends on every user-facing module.
 */
package dev.floe.cli;
