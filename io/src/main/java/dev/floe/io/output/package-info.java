/**
 * Committing outputs whole: a folder of parts is written under a temporary name and renamed into
 * place with a {@code _SUCCESS} marker once every part is written, as Spark and Hadoop commit.
 * Depends on the JDK only.
 */
package dev.floe.io.output;
